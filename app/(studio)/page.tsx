import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const byStatus = await db.episode.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (...statuses: string[]) =>
    byStatus.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + s._count._all, 0);
  const total = byStatus.reduce((n, s) => n + s._count._all, 0);
  const tiles = [
    { label: "In progress", value: count("QUEUED", "RUNNING") },
    { label: "Awaiting review", value: count("AWAITING_SCRIPT_APPROVAL", "AWAITING_FINAL_APPROVAL") },
    { label: "Needs attention", value: count("NEEDS_ATTENTION", "PAUSED_BUDGET") },
    { label: "Ready", value: count("READY") },
  ];

  return (
    <>
      <PageHeader title={`Welcome, ${user.name.split(" ")[0]}`} description="Your studio at a glance." />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map((tile) => (
          <Card key={tile.label}>
            <CardBody>
              <div className="text-sm text-slate-600">{tile.label}</div>
              <div className="mt-1 text-3xl font-semibold tabular-nums">{tile.value}</div>
            </CardBody>
          </Card>
        ))}
      </div>
      {total === 0 && (
        <div className="mt-8" data-testid="dashboard-empty">
          <EmptyState title="No episodes yet">
            Episodes appear here with their live progress once a producer starts one from a topic and sources.
          </EmptyState>
        </div>
      )}
    </>
  );
}
