import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { reassessEpisode } from "@/lib/pipeline/reassess-episode";
import { defaultStages } from "@/lib/pipeline/registry";
import { appProviders } from "@/lib/providers/app-providers";

/** Re-assesses the episode again, after a saved change whose re-assessment failed: the scores follow the change. */
export const POST = withRoute<{ id: string }>("EDITOR", async ({ params }) => {
  const assessment = await reassessEpisode(db, defaultStages, appProviders, params.id);
  return NextResponse.json({ assessment });
});
