import "server-only";
import { buffer } from "node:stream/consumers";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { StorageNotFoundError } from "@/lib/providers/storage/storage-errors";
import { checkFeed, type FeedProblem } from "./check-feed";
import { feedLastModified, loadFeedSource } from "./load-feed";
import { artworkUrl, feedUrl } from "./public-urls";

/** The part of a published chapters.json the preview lists (Podcasting 2.0 JSON chapters). */
const chaptersFileSchema = z.object({
  chapters: z.array(z.object({ startTime: z.number().min(0), title: z.string().max(500).optional() })).max(500),
});
const MAX_CHAPTERS_BYTES = 1024 * 1024;

export interface PreviewChapter {
  title: string;
  startMs: number;
}

export interface FeedPreview {
  name: string;
  description: string;
  author: string;
  category: string;
  subcategory: string;
  explicit: boolean;
  /** Where the studio's own browser can load the artwork (relative, or at the media base). */
  imageUrl: string | null;
  feedUrl: string | null;
  problems: FeedProblem[];
  lastModified: Date;
  episodes: {
    id: string;
    title: string;
    publishedAt: Date;
    durationMs: number;
    episodeNumber: number | null;
    seasonNumber: number | null;
    episodeType: "FULL" | "TRAILER" | "BONUS";
    /** Null when the published chapters cannot be read. */
    chapters: PreviewChapter[] | null;
  }[];
}

/** The chapters an app would list, from the episode's published chapters.json; null when missing or unreadable. */
async function readChapters(storage: AudioStorage, key: string | null): Promise<PreviewChapter[] | null> {
  if (!key) return null;
  try {
    const object = await storage.get(key);
    if (object.size > MAX_CHAPTERS_BYTES) {
      object.body.destroy();
      return null;
    }
    const parsed = chaptersFileSchema.safeParse(JSON.parse((await buffer(object.body)).toString("utf8")));
    if (!parsed.success) return null;
    return parsed.data.chapters.map((c, i) => ({
      title: c.title?.trim() || `Chapter ${i + 1}`,
      startMs: Math.round(c.startTime * 1000),
    }));
  } catch (error) {
    if (error instanceof StorageNotFoundError || error instanceof SyntaxError) return null;
    throw error;
  }
}

/** The show as a podcast app would list it, with its feed check; null for an unknown show. */
export async function getFeedPreview(
  db: Db,
  storage: AudioStorage,
  showId: string,
  mediaBaseUrl: string | null,
): Promise<FeedPreview | null> {
  const source = await loadFeedSource(db, { id: showId });
  if (!source) return null;
  const { show, publications } = source;
  const chapters = await Promise.all(publications.map((p) => readChapters(storage, p.chaptersKey)));
  return {
    name: show.name,
    description: show.description,
    author: show.author,
    category: show.category,
    subcategory: show.subcategory,
    explicit: show.explicit,
    imageUrl: show.artworkKey
      ? artworkUrl({ publicBaseUrl: "", mediaBaseUrl }, { kind: "show", slug: show.slug }, show.artworkKey)
      : null,
    feedUrl: show.publicBaseUrl ? feedUrl(show.publicBaseUrl, show.slug) : null,
    problems: checkFeed(show, { hasArtwork: show.artworkKey !== null }),
    lastModified: feedLastModified(source),
    episodes: publications.map((p, i) => ({
      id: p.episode.id,
      title: p.episode.title,
      publishedAt: p.publishedAt!,
      durationMs: p.durationMs ?? 0,
      episodeNumber: p.episode.episodeNumber,
      seasonNumber: p.episode.seasonNumber,
      episodeType: p.episode.episodeType,
      chapters: chapters[i]!,
    })),
  };
}
