import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeAudio } from "@/lib/episodes/get-episode-audio";
import { getLineRegenerationStatus } from "@/lib/pipeline/line-regeneration-status";

/**
 * The Audio tab's data: the current master's peaks, timeline and measurements, the validator's checks, and whether a
 * line's regeneration is under way in the worker (the tab polls while it is).
 */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const [audio, regeneration] = await Promise.all([
    getEpisodeAudio(db, params.id),
    getLineRegenerationStatus(db, params.id),
  ]);
  return NextResponse.json({ ...audio, regeneration }, { headers: { "Cache-Control": "private, no-store" } });
});
