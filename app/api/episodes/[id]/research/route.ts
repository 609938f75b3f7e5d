import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeResearch } from "@/lib/episodes/get-episode-research";

export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) =>
  NextResponse.json(await getEpisodeResearch(db, params.id)),
);
