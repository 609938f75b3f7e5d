import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { NewEpisodeForm } from "./new-episode-form";

export const metadata: Metadata = { title: "New episode" };

export default async function NewEpisodePage() {
  const user = await requirePageUser();
  const shows = await db.show.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, budgetPolicy: { select: { episodeDefault: true, episodeHardCap: true } } },
  });
  const workspace = await db.budgetPolicy.findFirst({ where: { showId: null } });
  const options = shows.map((s) => {
    const policy = s.budgetPolicy ?? workspace;
    const max = user.role === "PRODUCER" ? policy?.episodeDefault : policy?.episodeHardCap;
    return { id: s.id, name: s.name, defaultBudget: policy?.episodeDefault.toFixed(2) ?? "5.00", maxBudget: max?.toFixed(2) ?? "5.00" };
  });
  return (
    <>
      <PageHeader title="New episode" description="Give a topic and your sources; the pipeline researches, writes and voices it, and editors approve it." />
      {options.length === 0 ? (
        <EmptyState title="No show to produce for">An editor or admin needs to create a show first.</EmptyState>
      ) : (
        <NewEpisodeForm shows={options} />
      )}
    </>
  );
}
