import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { overrideClaimVerdict, revertClaimVerdict } from "@/lib/episodes/override-claim-verdict";
import { reassessAfterChange } from "@/lib/pipeline/reassess-episode";
import { defaultStages } from "@/lib/pipeline/registry";
import { appProviders } from "@/lib/providers/app-providers";

type Params = { id: string; claimId: string };

/** An editor's verdict on a claim, with the reason: stored, audited, and the episode's scores re-assessed. */
export const POST = withRoute<Params>("EDITOR", async ({ json, user, params }) => {
  const body = (await json()) as Record<string, unknown>;
  const claim = await overrideClaimVerdict(db, { ...body, episodeId: params.id, claimId: params.claimId }, user);
  const assessment = await reassessAfterChange(db, defaultStages, appProviders, params.id);
  return NextResponse.json({ claim, assessment });
});

/** Takes the override back: the checker's verdict counts again. */
export const DELETE = withRoute<Params>("EDITOR", async ({ user, params }) => {
  const claim = await revertClaimVerdict(db, { episodeId: params.id, claimId: params.claimId }, user);
  const assessment = await reassessAfterChange(db, defaultStages, appProviders, params.id);
  return NextResponse.json({ claim, assessment });
});
