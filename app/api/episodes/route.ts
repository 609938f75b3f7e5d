import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { createEpisode } from "@/lib/episodes/create-episode";
import { startEpisode } from "@/lib/episodes/start-episode";
import { dispatch } from "@/inngest/app-dispatch";

export const GET = withRoute("PRODUCER", async ({ req }) => {
  const take = Math.min(100, Number(req.nextUrl.searchParams.get("limit") ?? 50) || 50);
  const episodes = await db.episode.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, status: true, showId: true, costTotal: true, budget: true, createdAt: true },
  });
  return NextResponse.json({ episodes });
});

export const POST = withRoute("PRODUCER", async ({ req, user }) => {
  const episode = await createEpisode(db, await req.json(), user);
  const started = await startEpisode(db, dispatch, episode);
  return NextResponse.json({ episode: started }, { status: 201 });
});
