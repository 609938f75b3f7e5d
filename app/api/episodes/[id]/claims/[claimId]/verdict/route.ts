import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { overrideClaimVerdict, revertClaimVerdict } from "@/lib/episodes/override-claim-verdict";
import { requestReassessment } from "@/lib/episodes/reassessment-status";
import { dispatch } from "@/inngest/app-dispatch";

type Params = { id: string; claimId: string };

/**
 * An editor's verdict on a claim, with the reason: stored and audited here; the scores are re-assessed by the worker
 * (202: the Research and Quality tabs poll until the re-assessment is done).
 */
export const POST = withRoute<Params>("EDITOR", async ({ json, user, params }) => {
  const body = (await json()) as Record<string, unknown>;
  const claim = await overrideClaimVerdict(db, { ...body, episodeId: params.id, claimId: params.claimId }, user);
  await requestReassessment(db, dispatch.requestReassessment, params.id, user.id);
  return NextResponse.json({ claim, reassessment: { state: "pending" } }, { status: 202 });
});

/** Takes the override back: the checker's verdict counts again (re-assessed by the worker, as above). */
export const DELETE = withRoute<Params>("EDITOR", async ({ user, params }) => {
  const claim = await revertClaimVerdict(db, { episodeId: params.id, claimId: params.claimId }, user);
  await requestReassessment(db, dispatch.requestReassessment, params.id, user.id);
  return NextResponse.json({ claim, reassessment: { state: "pending" } }, { status: 202 });
});
