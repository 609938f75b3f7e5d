import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeActivity } from "@/lib/episodes/get-episode-activity";

export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) =>
  NextResponse.json({ entries: await getEpisodeActivity(db, params.id) }),
);
