import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { hasRole } from "@/lib/domain/roles";
import { listShows, SHOWS_PAGE_MAX } from "@/lib/shows/list-shows";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card, CardBody } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button-variants";
import { ShowCardsSkeleton } from "@/components/shows/skeletons";

export const metadata: Metadata = { title: "Shows" };

export default async function ShowsPage() {
  const user = await requirePageUser();
  const canEdit = hasRole(user.role, "EDITOR");
  const newShow = canEdit ? (
    <Link href="/shows/new" prefetch={false} className={buttonVariants()}>
      New show
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader title="Shows" description="Each show's brand profile, hosts and thresholds." actions={newShow} />
      <Suspense fallback={<ShowCardsSkeleton />}>
        <ShowCards canEdit={canEdit} newShow={newShow} />
      </Suspense>
    </>
  );
}

async function ShowCards({ canEdit, newShow }: { canEdit: boolean; newShow: ReactNode }) {
  const { shows, nextAfter } = await listShows(db, { limit: SHOWS_PAGE_MAX });
  return (
    <>
      {shows.length === 0 ? (
        <EmptyState title="No shows yet" action={newShow}>
          A show holds the brand voice, hosts and budget that its episodes follow.
          {!canEdit && " An editor or admin creates shows."}
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {shows.map((show) => (
            <Card key={show.id} data-testid="show-card">
              <CardBody className="space-y-2">
                <div className="flex items-center justify-between gap-2">
                  <h2 className="font-semibold">
                    <Link href={`/shows/${show.id}`} prefetch={false} className="hover:underline">
                      {show.name}
                    </Link>
                  </h2>
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
                <div className="flex gap-2 pt-1">
                  {canEdit ? (
                    <Link
                      href={`/shows/${show.id}`}
                      prefetch={false}
                      className={buttonVariants({ variant: "secondary", size: "sm" })}
                      aria-label={`Edit ${show.name}`}
                    >
                      Edit
                    </Link>
                  ) : (
                    <Link
                      href={`/shows/${show.id}`}
                      prefetch={false}
                      className={buttonVariants({ variant: "secondary", size: "sm" })}
                      aria-label={`View ${show.name} and its brand history`}
                    >
                      View
                    </Link>
                  )}
                </div>
              </CardBody>
            </Card>
          ))}
        </div>
      )}
      {nextAfter && (
        <p className="mt-4 text-sm text-slate-500">
          Showing the first {SHOWS_PAGE_MAX} shows by name; GET /api/shows pages through all of them.
        </p>
      )}
    </>
  );
}
