import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeAudio } from "@/lib/episodes/get-episode-audio";

/** The Audio tab's data: the current master's peaks, timeline and measurements, and the validator's checks. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) =>
  NextResponse.json(await getEpisodeAudio(db, params.id), { headers: { "Cache-Control": "private, no-store" } }),
);
