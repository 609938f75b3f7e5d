import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getNewEpisodeShows } from "@/lib/episodes/get-new-episode-shows";
import { getDefaultShowId } from "@/lib/episodes/get-default-show-id";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { NewEpisodeForm } from "./new-episode-form";

export const metadata: Metadata = { title: "New episode" };

export default async function NewEpisodePage() {
  const user = await requirePageUser();
  const [options, defaultShowId] = await Promise.all([
    getNewEpisodeShows(db, user.role),
    getDefaultShowId(db, user.id),
  ]);
  return (
    <>
      <PageHeader
        title="New episode"
        description="Give a topic and your sources; the pipeline researches, writes and voices it, and editors approve it."
      />
      {options.length === 0 ? (
        <EmptyState title="No show to produce for">An editor or admin needs to create a show first.</EmptyState>
      ) : (
        <NewEpisodeForm shows={options} defaultShowId={defaultShowId} />
      )}
    </>
  );
}
