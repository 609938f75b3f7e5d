import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeQuality } from "@/lib/episodes/get-episode-quality";

export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) =>
  NextResponse.json(await getEpisodeQuality(db, params.id)),
);
