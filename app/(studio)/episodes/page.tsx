import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Episodes" };

export default async function EpisodesPage() {
  await requirePageUser();
  const episodes = await db.episode.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, title: true, status: true, createdAt: true, show: { select: { name: true } } },
  });
  return (
    <>
      <PageHeader title="Episodes" description="Every episode, newest first." />
      {episodes.length === 0 ? (
        <EmptyState title="No episodes yet">Episodes you and your team create are listed here.</EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {episodes.map((e) => (
              <li key={e.id} className="flex items-center justify-between px-5 py-3 text-sm">
                <div>
                  <div className="font-medium">{e.title}</div>
                  <div className="text-xs text-slate-500">
                    {e.show.name} · {e.createdAt.toLocaleDateString("en")}
                  </div>
                </div>
                <Badge>{e.status.replaceAll("_", " ").toLowerCase()}</Badge>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
