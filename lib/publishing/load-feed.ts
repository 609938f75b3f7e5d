import { LRUCache } from "lru-cache";
import type { Db } from "@/lib/db";
import { publishingConfig } from "@/lib/config";
import { podcastGuid } from "@/lib/publishing/podcast-guid";
import { FEED_SETTINGS_FIELDS } from "@/lib/shows/feed-settings";
import { getShowNotes } from "./get-show-notes";
import { plainSummary, renderShowNotes } from "./render-show-notes";
import { artworkUrl, feedUrl, publicFileUrl } from "./public-urls";
import { buildFeed, MAX_DESCRIPTION_BYTES, type FeedItemInput, type FeedShowInput } from "./build-feed";

const SHOW_FIELDS = {
  id: true,
  slug: true,
  name: true,
  description: true,
  ...FEED_SETTINGS_FIELDS,
  podcastGuid: true,
  artworkKey: true,
  updatedAt: true,
  hosts: { select: { name: true }, orderBy: { position: "asc" } },
} as const;

/** What the feed is made of: the show, its hosts and its published episodes (newest first), in one query set. */
export async function loadFeedSource(db: Db, show: { slug: string } | { id: string }) {
  const row = await db.show.findUnique({ where: show, select: SHOW_FIELDS });
  if (!row) return null;
  const publications = await db.publication.findMany({
    // Without its copied MP3 a publication has no enclosure to list (it is not published yet in any useful sense).
    where: {
      status: "PUBLISHED",
      publishedAt: { not: null },
      audioKey: { not: null },
      audioBytes: { not: null },
      episode: { showId: row.id },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: {
      guid: true,
      publishedAt: true,
      audioKey: true,
      audioBytes: true,
      durationMs: true,
      transcriptVttKey: true,
      transcriptSrtKey: true,
      chaptersKey: true,
      updatedAt: true,
      episode: {
        select: {
          id: true,
          title: true,
          episodeNumber: true,
          seasonNumber: true,
          episodeType: true,
          artworkKey: true,
          updatedAt: true,
        },
      },
    },
  });
  // An unpublish takes an item out: it must move Last-Modified on, though the row is no longer among those listed.
  const latest = await db.publication.aggregate({ where: { episode: { showId: row.id } }, _max: { updatedAt: true } });
  return { show: row, publications, publicationsChangedAt: latest._max.updatedAt };
}
export type FeedSource = NonNullable<Awaited<ReturnType<typeof loadFeedSource>>>;

/** The feed's show part, or null while the show has no public address (it has no feed then). */
export function feedShowInput(show: FeedSource["show"], mediaBaseUrl: string | null): FeedShowInput | null {
  if (!show.publicBaseUrl) return null;
  const url = feedUrl(show.publicBaseUrl, show.slug);
  const bases = { publicBaseUrl: show.publicBaseUrl, mediaBaseUrl };
  return {
    title: show.name,
    description: show.description,
    language: show.language,
    link: show.publicBaseUrl,
    feedUrl: url,
    podcastGuid: show.podcastGuid ?? podcastGuid(url),
    author: show.author,
    ownerName: show.ownerName,
    ownerEmail: show.ownerEmail,
    category: show.category,
    subcategory: show.subcategory,
    explicit: show.explicit,
    showType: show.showType,
    copyright: show.copyright,
    imageUrl: show.artworkKey ? artworkUrl(bases, { kind: "show", slug: show.slug }, show.artworkKey) : null,
    hosts: show.hosts.map((h) => h.name),
  };
}

/** A published episode as a feed item: its public URLs at the studio or the media base. */
export function feedItemInput(
  publication: FeedSource["publications"][number],
  bases: { publicBaseUrl: string; mediaBaseUrl: string | null },
  notes: { html: string; summary: string },
): FeedItemInput {
  const { episode } = publication;
  return {
    guid: publication.guid,
    title: episode.title,
    publishedAt: publication.publishedAt!,
    notesHtml: notes.html,
    summary: notes.summary,
    audio: {
      url: publicFileUrl(bases, publication.audioKey!),
      bytes: publication.audioBytes!,
      durationMs: publication.durationMs ?? 0,
    },
    episodeNumber: episode.episodeNumber,
    seasonNumber: episode.seasonNumber,
    episodeType: episode.episodeType,
    imageUrl: episode.artworkKey ? artworkUrl(bases, { kind: "episode", id: episode.id }, episode.artworkKey) : null,
    transcriptVttUrl: publication.transcriptVttKey ? publicFileUrl(bases, publication.transcriptVttKey) : null,
    transcriptSrtUrl: publication.transcriptSrtKey ? publicFileUrl(bases, publication.transcriptSrtKey) : null,
    chaptersUrl: publication.chaptersKey ? publicFileUrl(bases, publication.chaptersKey) : null,
  };
}

/** The latest change to anything the feed shows: the show, any of its publications (an unpublished one too) or a published episode. */
export function feedLastModified(source: FeedSource): Date {
  const times = [
    source.show.updatedAt,
    source.publicationsChangedAt ?? source.show.updatedAt,
    ...source.publications.map((p) => p.episode.updatedAt),
  ].map((d) => d.getTime());
  return new Date(Math.max(...times));
}

/**
 * Built feeds by slug. Apps poll feeds often, anyone may ask, and building one reads every published episode's show
 * notes (several queries each), so a feed is reused while nothing it lists has changed (the few queries of
 * loadFeedSource tell) for at most five minutes: notes generated from the research (after a verdict override, say)
 * catch up within that time. Bounded to 8 MB of XML, as the web server's heap is small.
 */
const builtFeeds = new LRUCache<string, { version: string; xml: string }>({
  max: 64,
  maxSize: 8 * 1024 * 1024,
  // A show of hundreds of episodes has a feed of megabytes: the one most worth keeping.
  maxEntrySize: 4 * 1024 * 1024,
  sizeCalculation: (feed) => Math.max(1, Buffer.byteLength(feed.xml)),
  ttl: 5 * 60_000,
});

/** The show's feed as XML with the time it last changed, or null for an unknown show or one without a public address. */
export async function loadFeed(
  db: Db,
  slug: string,
  mediaBaseUrl = publishingConfig().mediaBaseUrl,
): Promise<{ xml: string; lastModified: Date } | null> {
  const source = await loadFeedSource(db, { slug });
  if (!source) return null;
  const show = feedShowInput(source.show, mediaBaseUrl);
  if (!show) return null;
  const lastModified = feedLastModified(source);
  const version = [mediaBaseUrl, lastModified.getTime(), ...source.publications.map((p) => p.guid)].join("|");
  const built = builtFeeds.get(slug);
  if (built?.version === version) return { xml: built.xml, lastModified };

  const bases = { publicBaseUrl: show.link, mediaBaseUrl };
  // The notes are generated from each episode's brief and script unless an editor wrote them (part A's module).
  const notes = await Promise.all(source.publications.map((p) => getShowNotes(db, p.episode.id)));
  const items = source.publications.map((p, i) =>
    feedItemInput(p, bases, {
      html: renderShowNotes(notes[i]!.markdown),
      summary: plainSummary(notes[i]!.markdown, MAX_DESCRIPTION_BYTES),
    }),
  );
  const xml = buildFeed(show, items);
  builtFeeds.set(slug, { version, xml });
  return { xml, lastModified };
}
