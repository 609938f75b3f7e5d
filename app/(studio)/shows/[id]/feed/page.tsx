import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { publishingConfig } from "@/lib/config";
import { isId } from "@/lib/domain/bounded-input";
import { appProviders } from "@/lib/providers/app-providers";
import { getFeedPreview } from "@/lib/publishing/get-feed-preview";
import { PageHeader } from "@/components/ui/page-header";
import { TitledCard } from "@/components/ui/card";
import { FeedPreviewView } from "@/components/shows/feed-preview-view";

export const metadata: Metadata = { title: "Feed preview" };

/** The show's feed as a podcast app would show it, with the feed check. */
export default async function FeedPreviewPage({ params }: PageProps<"/shows/[id]/feed">) {
  await requirePageUser();
  const { id } = await params;
  if (!isId(id)) notFound();
  const { storage } = await appProviders();
  const preview = await getFeedPreview(db, storage, id, publishingConfig().mediaBaseUrl);
  if (!preview) notFound();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/shows/${id}`} prefetch={false} className="text-brand-700 hover:underline">
          ← {preview.name}
        </Link>
      </nav>
      <PageHeader title="Feed preview" description="What podcast apps show from this show's public feed." />
      <TitledCard title="As a podcast app shows it">
        <FeedPreviewView preview={preview} showPage={`/shows/${id}`} />
      </TitledCard>
    </>
  );
}
