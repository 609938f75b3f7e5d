import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getNewEpisodeShows } from "@/lib/episodes/get-new-episode-shows";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { NewEpisodeForm } from "./new-episode-form";

export const metadata: Metadata = { title: "New episode" };

export default async function NewEpisodePage() {
  const user = await requirePageUser();
  const options = await getNewEpisodeShows(db, user.role);
  return (
    <>
      <PageHeader
        title="New episode"
        description="Give a topic and your sources; the pipeline researches, writes and voices it, and editors approve it."
      />
      {options.length === 0 ? (
        <EmptyState title="No show to produce for">An editor or admin needs to create a show first.</EmptyState>
      ) : (
        <NewEpisodeForm shows={options} />
      )}
    </>
  );
}
