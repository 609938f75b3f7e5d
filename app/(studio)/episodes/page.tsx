import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/domain/episode-status";

export const metadata: Metadata = { title: "Episodes" };

const newEpisode = (
  <Link href="/episodes/new" prefetch={false} className={buttonVariants()}>
    New episode
  </Link>
);

export default async function EpisodesPage() {
  await requirePageUser();
  const episodes = await db.episode.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, title: true, status: true, createdAt: true, show: { select: { name: true } } },
  });
  return (
    <>
      <PageHeader title="Episodes" description="Every episode, newest first." actions={newEpisode} />
      {episodes.length === 0 ? (
        <EmptyState title="No episodes yet" action={newEpisode}>
          Start one from a topic and your sources; it appears here with its live progress.
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {episodes.map((e) => (
              <li key={e.id} className="flex items-center justify-between px-5 py-3 text-sm" data-testid="episode-row">
                <div>
                  <Link href={`/episodes/${e.id}`} prefetch={false} className="font-medium hover:text-brand-600 hover:underline">
                    {e.title}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {e.show.name} · {e.createdAt.toLocaleDateString("en")}
                  </div>
                </div>
                <Badge tone={STATUS_TONES[e.status]}>{STATUS_LABELS[e.status]}</Badge>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
