import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card, CardBody } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Shows" };

export default async function ShowsPage() {
  await requirePageUser();
  const shows = await db.show.findMany({
    orderBy: { name: "asc" },
    include: { hosts: { orderBy: { position: "asc" } }, _count: { select: { episodes: true } } },
  });
  return (
    <>
      <PageHeader title="Shows" description="Each show's brand profile, hosts and thresholds." />
      {shows.length === 0 ? (
        <EmptyState title="No shows yet">A show holds the brand voice, hosts and budget that its episodes follow.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {shows.map((show) => (
            <Card key={show.id} data-testid="show-card">
              <CardBody className="space-y-2">
                <div className="flex items-center justify-between">
                  <h2 className="font-semibold">{show.name}</h2>
                  <Badge tone={show.autoApprove ? "info" : "neutral"}>
                    {show.autoApprove ? "auto-approval" : "editor approval"}
                  </Badge>
                </div>
                <p className="text-sm text-slate-600">{show.description}</p>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs text-slate-600">
                  <dt>Hosts</dt>
                  <dd>{show.hosts.map((h) => h.name).join(", ")}</dd>
                  <dt>Tone</dt>
                  <dd>{show.tone}</dd>
                  <dt>Brand threshold</dt>
                  <dd>{show.brandThreshold.toFixed(1)} / 10</dd>
                  <dt>Episodes</dt>
                  <dd>{show._count.episodes}</dd>
                </dl>
              </CardBody>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
