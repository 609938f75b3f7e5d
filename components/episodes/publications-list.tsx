import Link from "next/link";
import { TitledCard } from "@/components/ui/card";
import type { PublicationListItem } from "@/lib/publishing/list-publications";
import { PublicationBadge } from "./publication-badge";

/** What is out in the feeds and what goes out next, with when. */
export function PublicationsList({ items, showName = true }: { items: PublicationListItem[]; showName?: boolean }) {
  return (
    <TitledCard title="Published and scheduled">
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">No episode is published or scheduled yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="publications-list">
          {items.map((p) => (
            <li key={p.episodeId} className="flex flex-wrap items-center gap-2 py-2 text-sm">
              <Link
                href={`/episodes/${p.episodeId}`}
                prefetch={false}
                className="font-medium text-brand-700 hover:underline"
              >
                {p.episodeNumber !== null && `#${p.episodeNumber} `}
                {p.title}
              </Link>
              {showName && <span className="text-xs text-slate-500">{p.showName}</span>}
              <PublicationBadge status={p.status} />
              <span className="ml-auto text-xs text-slate-500">{p.at?.toLocaleString("en")}</span>
            </li>
          ))}
        </ul>
      )}
    </TitledCard>
  );
}
