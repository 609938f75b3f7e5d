import { generateRssFeed, type RssFeed } from "feedsmith";
import { cutToBytes } from "@/lib/domain/cut-to-bytes";
import { withoutXmlInvalidChars } from "@/lib/domain/xml-text";

/** Apple shows at most this much of a show's description, counted in bytes of UTF-8. */
export const MAX_DESCRIPTION_BYTES = 4000;

export interface FeedShowInput {
  title: string;
  description: string;
  language: string;
  /** The studio's public origin: the channel's link. */
  link: string;
  feedUrl: string;
  /** podcast:guid, fixed or derived from the feed URL. */
  podcastGuid: string;
  author: string;
  ownerName: string;
  ownerEmail: string;
  category: string;
  subcategory: string;
  explicit: boolean;
  showType: "EPISODIC" | "SERIAL";
  copyright: string;
  imageUrl: string | null;
  hosts: readonly string[];
}

export interface FeedItemInput {
  /** Publication.guid: never changes, so apps never list the episode twice. */
  guid: string;
  title: string;
  publishedAt: Date;
  /** The show notes as safe HTML: the item's content:encoded, which has no length limit. */
  notesHtml: string;
  /** The show notes as plain text within MAX_DESCRIPTION_BYTES: description and itunes:summary. */
  summary: string;
  audio: { url: string; bytes: number; durationMs: number };
  episodeNumber: number | null;
  seasonNumber: number | null;
  episodeType: "FULL" | "TRAILER" | "BONUS";
  imageUrl: string | null;
  transcriptVttUrl: string | null;
  transcriptSrtUrl: string | null;
  chaptersUrl: string | null;
}

/** The show's description as Apple takes it: plain text within MAX_DESCRIPTION_BYTES, never cut inside a character. */
export const feedDescription = (text: string): string => cutToBytes(text.trim(), MAX_DESCRIPTION_BYTES);

/** itunes:duration in whole seconds. */
export const durationSeconds = (durationMs: number): number => Math.max(0, Math.round(durationMs / 1000));

function item(input: FeedItemInput, hosts: readonly string[]): RssFeed.Item<Date> {
  return {
    title: input.title,
    description: input.summary,
    content: { encoded: input.notesHtml },
    guid: { value: input.guid, isPermaLink: false },
    pubDate: input.publishedAt,
    enclosures: [{ url: input.audio.url, length: input.audio.bytes, type: "audio/mpeg" }],
    itunes: {
      title: input.title,
      summary: input.summary,
      duration: durationSeconds(input.audio.durationMs),
      episodeType: input.episodeType.toLowerCase(),
      ...(input.episodeNumber !== null ? { episode: input.episodeNumber } : {}),
      ...(input.seasonNumber !== null ? { season: input.seasonNumber } : {}),
      ...(input.imageUrl ? { image: input.imageUrl } : {}),
    },
    podcast: {
      transcripts: [
        ...(input.transcriptVttUrl ? [{ url: input.transcriptVttUrl, type: "text/vtt" }] : []),
        ...(input.transcriptSrtUrl ? [{ url: input.transcriptSrtUrl, type: "application/x-subrip" }] : []),
      ],
      ...(input.chaptersUrl ? { chapters: { url: input.chaptersUrl, type: "application/json+chapters" } } : {}),
      persons: hosts.map((display) => ({ display, role: "host" })),
    },
  };
}

/**
 * The show's RSS 2.0 feed with Apple's itunes tags and the Podcasting 2.0 namespace, items as given (newest first).
 * Pure: every URL, byte length and duration comes in with the input, so the same input gives the same bytes (the
 * feed route's ETag is a hash of them). The output holds no character XML forbids.
 */
export function buildFeed(input: FeedShowInput, inputItems: readonly FeedItemInput[]): string {
  // Any text may hold a control character pasted from elsewhere, which would make apps refuse the whole feed. It goes
  // before the builder sees the text: removed from the finished XML, it could join `]]` and `>` into a CDATA end.
  const show = withoutInvalidText(input);
  const items = inputItems.map(withoutInvalidText);
  const description = feedDescription(show.description);
  return generateRssFeed({
    title: show.title,
    link: show.link,
    description,
    language: show.language,
    ...(show.copyright ? { copyright: show.copyright } : {}),
    ...(show.imageUrl ? { image: { url: show.imageUrl, title: show.title, link: show.link } } : {}),
    atom: { links: [{ href: show.feedUrl, rel: "self", type: "application/rss+xml" }] },
    itunes: {
      ...(show.imageUrl ? { image: show.imageUrl } : {}),
      categories: show.category
        ? [{ text: show.category, ...(show.subcategory ? { categories: [{ text: show.subcategory }] } : {}) }]
        : [],
      explicit: show.explicit,
      author: show.author,
      owner: { name: show.ownerName || show.author, email: show.ownerEmail },
      type: show.showType.toLowerCase(),
    },
    podcast: {
      guid: show.podcastGuid,
      // Locked: another host may import the show only with its owner's consent (the owner e-mail confirms it).
      locked: { value: true, ...(show.ownerEmail ? { owner: show.ownerEmail } : {}) },
      persons: show.hosts.map((display) => ({ display, role: "host" })),
    },
    items: items.map((i) => item(i, show.hosts)),
  });
}

/** The input with every string in it rid of what XML forbids (dates and numbers as they are). */
function withoutInvalidText<T>(value: T): T {
  if (typeof value === "string") return withoutXmlInvalidChars(value) as T;
  if (Array.isArray(value)) return value.map(withoutInvalidText) as T;
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutInvalidText(v)])) as T;
  return value;
}
