import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { resumeBudgetPause } from "@/lib/episodes/resume-budget-pause";
import { dispatch } from "@/inngest/app-dispatch";

/** Body (optional): `{ "budget": "7.50" }` raises the episode's budget before resuming. */
export const POST = withRoute<{ id: string }>("ADMIN", async ({ json, user, params }) => {
  const resumed = await resumeBudgetPause(db, dispatch, params.id, await json({ optional: true }), user);
  return NextResponse.json({ episode: resumed });
});
