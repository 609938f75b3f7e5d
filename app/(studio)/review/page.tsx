import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getReviewQueue } from "@/lib/episodes/get-review-queue";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import Link from "next/link";

export const metadata: Metadata = { title: "Review" };

/** The page shows the queue's head and how many wait behind it. */
const QUEUE_PAGE = 50;

export default async function ReviewPage() {
  await requirePageUser("EDITOR");
  const { gates, waiting } = await getReviewQueue(db, QUEUE_PAGE);
  return (
    <>
      <PageHeader
        title="Review"
        description={`Gates waiting for an editor's decision, oldest first.${waiting > gates.length ? ` Showing the oldest ${gates.length} of ${waiting}.` : ""}`}
      />
      {gates.length === 0 ? (
        <EmptyState title="Nothing to review">
          Scripts and finished episodes that need a decision will queue here.
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {gates.map((g) => (
              <li key={g.id} className="flex items-center justify-between px-5 py-3 text-sm" data-testid="review-item">
                <div>
                  <Link
                    href={`/episodes/${g.episode.id}`}
                    prefetch={false}
                    className="font-medium hover:text-brand-600 hover:underline"
                  >
                    {g.episode.title}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {g.episode.show.name} · {g.kind === "SCRIPT" ? "script" : "final"} approval, round {g.iteration}
                  </div>
                  {g.blockers.length > 0 && (
                    <div className="text-xs text-red-700" data-testid="review-blockers">
                      Certification fails: {g.blockers.length} blocker(s); approving needs an override with a reason.
                    </div>
                  )}
                </div>
                <span className="text-xs text-slate-500">waiting since {g.createdAt.toLocaleString("en")}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
