import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/get-dashboard";

export const GET = withRoute("PRODUCER", async ({ user }) =>
  NextResponse.json({ dashboard: await getDashboard(db, user) }),
);
