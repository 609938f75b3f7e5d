import Link from "next/link";
import type { FeedProblem } from "@/lib/publishing/check-feed";

/** Where a problem is fixed: the show page's field (its profile, artwork or feed settings). */
export function feedProblemAnchor(field: string): string {
  if (field === "artwork") return "#show-artwork";
  if (field === "name" || field === "description") return `#show-${field}`;
  return `#feed-${field}`;
}

/** The feed check's findings, each linking to the field that fixes it; a short all-clear when there are none. */
export function FeedCheckList({ problems, showPage }: { problems: readonly FeedProblem[]; showPage: string }) {
  if (problems.length === 0)
    return (
      <p className="text-sm text-emerald-700" data-testid="feed-check-ok">
        The feed has every tag podcast apps require.
      </p>
    );
  return (
    <div data-testid="feed-check" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p className="font-medium">Before the first publish, the feed needs:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {problems.map((p) => (
          <li key={p.field} data-field={p.field}>
            <Link href={`${showPage}${feedProblemAnchor(p.field)}`} prefetch={false} className="underline">
              {p.message}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
