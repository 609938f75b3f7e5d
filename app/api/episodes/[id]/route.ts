import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getEpisodeDetail } from "@/lib/episodes/get-episode-detail";
import { NotFoundError } from "@/lib/domain/errors";

export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const episode = await getEpisodeDetail(db, params.id);
  if (!episode) throw new NotFoundError("That episode");
  return NextResponse.json({ episode });
});
