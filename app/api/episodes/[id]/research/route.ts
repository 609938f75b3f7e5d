import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeResearch } from "@/lib/episodes/get-episode-research";
import { getReassessmentStatus } from "@/lib/episodes/reassessment-status";

/** The Research tab's data, with whether the worker is re-assessing the scores (the tab polls while it is). */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const [research, reassessment] = await Promise.all([
    getEpisodeResearch(db, params.id),
    getReassessmentStatus(db, params.id),
  ]);
  return NextResponse.json({ ...research, reassessment });
});
