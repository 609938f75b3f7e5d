import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { episodeListQuerySchema, listEpisodes } from "@/lib/episodes/list-episodes";
import { listShowNames } from "@/lib/shows/list-show-names";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { buttonVariants } from "@/components/ui/button-variants";
import { DataTable } from "@/components/ui/data-table";
import { STATUS_LABELS } from "@/lib/domain/episode-status";
import { StatusBadge } from "@/components/episodes/status-badge";
import { PublicationBadge } from "@/components/episodes/publication-badge";

export const metadata: Metadata = { title: "Episodes" };

const newEpisode = (
  <Link href="/episodes/new" prefetch={false} className={buttonVariants()}>
    New episode
  </Link>
);

export default async function EpisodesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser();
  const query = episodeListQuerySchema.parse(await searchParams);
  const [{ episodes, nextBefore }, shows] = await Promise.all([listEpisodes(db, query), listShowNames(db)]);
  const filtered = Boolean(query.status || query.show);
  const withParams = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ status: query.status, show: query.show, ...extra })) if (v) params.set(k, v);
    return `/episodes${params.size ? `?${params}` : ""}`;
  };
  return (
    <>
      <PageHeader title="Episodes" description="Every episode, newest first." actions={newEpisode} />
      <form className="mb-4 flex flex-wrap items-end gap-3" action="/episodes" aria-label="Filter episodes">
        <label className="text-sm">
          <span className="mb-1 block font-medium">Status</span>
          <Select name="status" defaultValue={query.status ?? ""}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Show</span>
          <Select name="show" defaultValue={query.show ?? ""}>
            <option value="">Every show</option>
            {shows.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </Select>
        </label>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Filter
        </button>
        {filtered && (
          <Link href="/episodes" className="text-sm text-brand-700 hover:underline">
            Clear filters
          </Link>
        )}
      </form>
      {episodes.length === 0 ? (
        filtered || query.before ? (
          <EmptyState title="No episodes match">Try another status or show, or clear the filters.</EmptyState>
        ) : (
          <EmptyState title="No episodes yet" action={newEpisode}>
            Start one from a topic and your sources; it appears here with its live progress.
          </EmptyState>
        )
      ) : (
        <Card>
          <DataTable
            columns={[
              { label: "Episode" },
              { label: "Status" },
              { label: "Quality", align: "right" },
              { label: "Brand", align: "right" },
              { label: "Cost", align: "right" },
            ]}
          >
            {episodes.map((e) => (
              <tr key={e.id} data-testid="episode-row">
                <td className="px-5 py-2.5">
                  <Link
                    href={`/episodes/${e.id}`}
                    prefetch={false}
                    className="font-medium hover:text-brand-600 hover:underline"
                  >
                    {e.title}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {e.show.name} · {e.targetMinutes} min · {e.createdAt.toLocaleDateString("en")}
                  </div>
                </td>
                <td className="px-5 py-2.5">
                  <StatusBadge status={e.status} certification={e.certifications[0] ?? null} />{" "}
                  <PublicationBadge status={e.publication?.status} />
                </td>
                <td className="px-5 py-2.5 text-right tabular-nums">{e.qualityScore?.toFixed(1) ?? "—"}</td>
                <td className="px-5 py-2.5 text-right tabular-nums">{e.brandScore?.toFixed(1) ?? "—"}</td>
                <td className="px-5 py-2.5 text-right tabular-nums">${e.costTotal.toFixed(2)}</td>
              </tr>
            ))}
          </DataTable>
          {(nextBefore || query.before) && (
            <nav aria-label="Pages" className="flex justify-between border-t border-slate-100 px-5 py-3 text-sm">
              {query.before ? (
                <Link href={withParams({})} className="text-brand-700 hover:underline">
                  ← Newest
                </Link>
              ) : (
                <span />
              )}
              {nextBefore && (
                <Link href={withParams({ before: nextBefore })} className="text-brand-700 hover:underline">
                  Older →
                </Link>
              )}
            </nav>
          )}
        </Card>
      )}
    </>
  );
}
