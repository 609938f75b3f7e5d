import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { resumeBudgetPause } from "@/lib/episodes/resume-budget-pause";
import { dispatch } from "@/inngest/app-dispatch";

/** Body (optional): `{ "budget": "7.50" }` raises the episode's budget before resuming. */
export const POST = withRoute<{ id: string }>("ADMIN", async ({ req, user, params }) => {
  const text = await req.text();
  const resumed = await resumeBudgetPause(db, dispatch, params.id, text.trim() ? JSON.parse(text) : {}, user);
  return NextResponse.json({ episode: resumed });
});
