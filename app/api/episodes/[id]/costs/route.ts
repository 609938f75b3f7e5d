import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeCosts } from "@/lib/episodes/get-episode-costs";
import { getEpisodeTitle } from "@/lib/episodes/get-episode-title";
import { NotFoundError } from "@/lib/domain/errors";

export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  if ((await getEpisodeTitle(db, params.id)) === null) throw new NotFoundError("That episode");
  return NextResponse.json(await getEpisodeCosts(db, params.id));
});
