import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requirePageUser("EDITOR");
  const gates = await db.gate.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, createdAt: true, episode: { select: { title: true } } },
  });
  return (
    <>
      <PageHeader title="Review" description="Gates waiting for an editor's decision, oldest first." />
      {gates.length === 0 ? (
        <EmptyState title="Nothing to review">Scripts and finished episodes that need a decision will queue here.</EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {gates.map((g) => (
              <li key={g.id} className="px-5 py-3 text-sm">
                <span className="font-medium">{g.episode.title}</span> · {g.kind === "SCRIPT" ? "script" : "final"} approval
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
