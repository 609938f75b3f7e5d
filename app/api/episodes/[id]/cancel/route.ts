import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { cancelEpisode } from "@/lib/episodes/cancel-episode";
import { dispatch } from "@/inngest/app-dispatch";

export const POST = withRoute<{ id: string }>("PRODUCER", async ({ user, params }) => {
  const episode = await cancelEpisode(db, dispatch, params.id, user);
  return NextResponse.json({ episode });
});
