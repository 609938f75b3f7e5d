import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";

export const GET = withRoute("PRODUCER", async ({ user }) => NextResponse.json({ user }));
