import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isId } from "@/lib/domain/bounded-input";
import { getEpisodeDetail } from "@/lib/episodes/get-episode-detail";
import { EpisodeLive } from "@/components/episodes/episode-live";

export const metadata: Metadata = { title: "Episode" };

export default async function EpisodePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isId(id)) notFound();
  const episode = await getEpisodeDetail(db, id);
  if (!episode) notFound();
  // Serialised once here; the client keeps it fresh by polling the episode API while the pipeline is alive.
  return <EpisodeLive initial={JSON.parse(JSON.stringify(episode))} viewer={{ id: user.id, role: user.role }} />;
}
