import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { isId } from "@/lib/domain/bounded-input";
import { hasRole } from "@/lib/domain/roles";
import { getShow } from "@/lib/shows/get-show";
import { getBrandHistory } from "@/lib/shows/brand-history";
import { PageHeader } from "@/components/ui/page-header";
import { TitledCard } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { BrandHistoryPanel } from "@/components/shows/brand-history-panel";
import { ShowProfileView } from "@/components/shows/show-profile-view";
import { BrandHistorySkeleton } from "@/components/shows/skeletons";
import { ArtworkUploader } from "@/components/shows/artwork-uploader";
import { ShowForm } from "../show-form";
import { FeedSettingsCard } from "./feed-settings-card";
import { PublicationsList } from "@/components/episodes/publications-list";
import { listPublications } from "@/lib/publishing/list-publications";

export async function generateMetadata({ params }: PageProps<"/shows/[id]">): Promise<Metadata> {
  const { id } = await params;
  const show = isId(id) ? await getShow(db, id) : null;
  return { title: show?.name ?? "Show" };
}

export default async function ShowPage({ params }: PageProps<"/shows/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  if (!isId(id)) notFound();
  const show = await getShow(db, id);
  if (!show) notFound();
  const canEdit = hasRole(user.role, "EDITOR");

  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/shows" prefetch={false} className="text-brand-700 hover:underline">
          ← Shows
        </Link>
      </nav>
      <PageHeader
        title={show.name}
        description={
          canEdit
            ? "Edit the brand profile; running episodes use it from their next stage."
            : "The brand profile its episodes follow. Editors can change it."
        }
        actions={
          <Badge tone={show.autoApprove ? "info" : "neutral"} className="self-center">
            {show.episodeCount} episode{show.episodeCount === 1 ? "" : "s"} ·{" "}
            {show.autoApprove ? "auto-approval" : "editor approval"}
          </Badge>
        }
      />
      <div className="space-y-6">
        <TitledCard title="Brand score history">
          <Suspense fallback={<BrandHistorySkeleton />}>
            <BrandHistory showId={show.id} threshold={show.brandThreshold} />
          </Suspense>
        </TitledCard>
        <PublicationsList items={await listPublications(db, { showId: show.id })} showName={false} />
        <ArtworkUploader showId={show.id} canEdit={canEdit} />
        {canEdit ? <ShowForm show={show} /> : <ShowProfileView show={show} />}
        <FeedSettingsCard showId={show.id} canEdit={canEdit} />
      </div>
    </>
  );
}

async function BrandHistory({ showId, threshold }: { showId: string; threshold: number }) {
  return <BrandHistoryPanel history={await getBrandHistory(db, showId)} threshold={threshold} />;
}
