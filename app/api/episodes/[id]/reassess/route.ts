import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/domain/errors";
import { researchControlRefusal } from "@/lib/domain/research-control";
import { dispatch } from "@/inngest/app-dispatch";
import { loadOwnEpisode } from "@/lib/episodes/load-own-episode";
import { requestReassessment } from "@/lib/episodes/reassessment-status";

/** Asks the worker to re-assess again, after a re-assessment failed: the scores follow the saved changes (202). */
export const POST = withRoute<{ id: string }>("EDITOR", async ({ user, params }) => {
  const episode = await loadOwnEpisode(db, params.id, user);
  const refusal = researchControlRefusal(episode.status);
  if (refusal) throw new ConflictError(refusal);
  await requestReassessment(db, dispatch.requestReassessment, params.id, user.id);
  return NextResponse.json({ reassessment: { state: "pending" } }, { status: 202 });
});
