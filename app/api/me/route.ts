import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute("PRODUCER", async ({ user }) => NextResponse.json({ user }));
