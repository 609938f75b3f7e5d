import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { parseFeed, TranscriptType, type FeedObject } from "podcast-partytime";
import { validate as isUuid, version as uuidVersion } from "uuid";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { chaptersFromTimeline, toChaptersJson } from "@/lib/domain/chapters";
import { podcastGuid } from "@/lib/publishing/podcast-guid";
import { toSrt } from "@/lib/domain/to-srt";
import { toWebVtt } from "@/lib/domain/to-webvtt";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { saveFeedSettings } from "@/lib/shows/feed-settings";
import { feedUrl, publishedFileKey, type PublicEpisodeFile } from "@/lib/publishing/public-urls";
import { loadFeed } from "@/lib/publishing/load-feed";
import { getFeedPreview } from "@/lib/publishing/get-feed-preview";
import { GET, HEAD } from "./route";

const BASE = "https://studio.example.com";
const TIMELINE = [
  { segment: 0, line: 1, speaker: "Ada", text: "Welcome.", start: 0, end: 1 },
  { segment: 1, line: 2, speaker: "Ben", text: "Now the deep part.", start: 1, end: 2 },
];

let db: Db;
let storage: AudioStorage;
let dir: string;
let slug: string;
let showId: string;
let hosts: string[];
const published: { episodeId: string; guid: string; audioKey: string; publishedAt: Date }[] = [];

/** The release folder of every publication here (publishing names it by the publish time). */
const RELEASE = "1767225600000";

/** Puts a published episode's file where publishing copies it, and returns its key. */
async function putPublic(episodeId: string, file: PublicEpisodeFile, bytes: Buffer, type: string) {
  const key = publishedFileKey(episodeId, RELEASE, file);
  await storage.put(key, bytes, type);
  return key;
}

/** A READY episode with a PUBLISHED publication whose files are real: an MP3 made by ffmpeg, transcripts, chapters. */
async function publishedEpisode(n: number, seconds: number, publishedAt: Date) {
  const userId = (await db.user.findFirstOrThrow({ where: { role: "EDITOR" } })).id;
  const episode = await db.episode.create({
    data: {
      showId,
      createdById: userId,
      title: `Episode ${n}: tides`,
      topic: `Tides, part ${n}`,
      budget: "5.00",
      status: "READY",
      episodeNumber: n,
      seasonNumber: 2,
      episodeType: n === 1 ? "TRAILER" : "FULL",
      showNotes: `Notes for **episode ${n}**.`,
    },
  });
  const mp3 = await readFile(
    await renderSignal(dir, `e${n}.mp3`, `sine=frequency=440:duration=${seconds}`, [], "libmp3lame"),
  );
  const audioKey = await putPublic(episode.id, "episode.mp3", mp3, "audio/mpeg");
  const guid = crypto.randomUUID();
  await db.publication.create({
    data: {
      episodeId: episode.id,
      guid,
      status: "PUBLISHED",
      publishedAt,
      audioKey,
      audioBytes: mp3.byteLength,
      durationMs: seconds * 1000,
      transcriptVttKey: await putPublic(episode.id, "transcript.vtt", Buffer.from(toWebVtt(TIMELINE)), "text/vtt"),
      transcriptSrtKey: await putPublic(
        episode.id,
        "transcript.srt",
        Buffer.from(toSrt(TIMELINE)),
        "application/x-subrip",
      ),
      chaptersKey: await putPublic(
        episode.id,
        "chapters.json",
        Buffer.from(JSON.stringify(toChaptersJson(chaptersFromTimeline(TIMELINE, ["Intro", "Deep dive"], 2000)))),
        "application/json+chapters",
      ),
    },
  });
  published.push({ episodeId: episode.id, guid, audioKey, publishedAt });
  return episode;
}

const request = (method: "GET" | "HEAD", headers: Record<string, string> = {}, name = slug) =>
  new NextRequest(`http://localhost/api/public/shows/${name}/feed.xml`, { method, headers });
const get = (headers?: Record<string, string>, name = slug) =>
  GET(request("GET", headers, name), { params: Promise.resolve({ slug: name }) });
const head = (headers?: Record<string, string>) =>
  HEAD(request("HEAD", headers), { params: Promise.resolve({ slug }) });

async function fetchFeed(): Promise<{ xml: string; feed: FeedObject; res: Response }> {
  const res = await get();
  expect(res.status).toBe(200);
  const xml = await res.text();
  return { xml, feed: parseFeed(xml) as FeedObject, res };
}

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url; // what the route handler's shared client connects to
  delete process.env.PUBLIC_MEDIA_BASE_URL;
  await seedDemoWorkspace(db);
  dir = await mkdtemp(path.join(os.tmpdir(), "feed-test-"));
  storage = createLocalStorage(path.join(dir, "storage"));
  const show = await db.show.findFirstOrThrow({ include: { hosts: { orderBy: { position: "asc" } } } });
  ({ id: showId, slug } = show);
  hosts = show.hosts.map((h) => h.name);
  expect(hosts.length).toBeGreaterThan(0);
  const editor = await db.user.findFirstOrThrow({ where: { role: "EDITOR" } });
  await saveFeedSettings(
    db,
    showId,
    {
      publicBaseUrl: `${BASE}/`,
      language: "en-GB",
      author: "Tidal Studio",
      ownerName: "Ada Owner",
      ownerEmail: "owner@example.com",
      category: "Science",
      subcategory: "Earth Sciences",
      explicit: false,
      showType: "EPISODIC",
      copyright: "© 2026 Tidal Studio",
    },
    editor.id,
  );
  await db.show.update({
    where: { id: showId },
    data: { artworkKey: `public/shows/${showId}/artwork-1.jpg`, artworkType: "image/jpeg", artworkWidth: 1400 },
  });
  await publishedEpisode(1, 2, new Date("2026-11-02T08:00:00Z"));
  await publishedEpisode(2, 3, new Date("2026-11-09T08:00:00Z"));
  // Neither scheduled nor unpublished episodes belong in the feed.
  const userId = (await db.user.findFirstOrThrow({ where: { role: "EDITOR" } })).id;
  for (const status of ["SCHEDULED", "UNPUBLISHED"] as const) {
    const other = await db.episode.create({
      data: {
        showId,
        createdById: userId,
        title: `Not public: ${status}`,
        topic: "x",
        budget: "5.00",
        status: "READY",
      },
    });
    await db.publication.create({
      data: {
        episodeId: other.id,
        guid: crypto.randomUUID(),
        status,
        scheduledFor: new Date("2027-01-01T00:00:00Z"),
        publishedAt: status === "UNPUBLISHED" ? new Date("2026-10-01T00:00:00Z") : null,
        audioKey: publishedFileKey(other.id, RELEASE, "episode.mp3"),
        audioBytes: 10,
        durationMs: 1000,
      },
    });
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("GET /api/public/shows/[slug]/feed.xml", () => {
  it("serves a feed a podcast parser reads with every required Apple tag", async () => {
    const { feed, xml, res } = await fetchFeed();
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const show = await db.show.findUniqueOrThrow({ where: { id: showId } });
    expect(feed.title).toBe(show.name);
    expect(feed.description).toBe(show.description);
    expect(feed.description.length).toBeGreaterThan(0);
    expect(feed.language).toBe("en-GB");
    expect(feed.link).toBe(BASE);
    expect(feed.itunesImage).toBe(`${BASE}/api/public/shows/${slug}/artwork/artwork-1.jpg`);
    // The parser keeps only categories on Apple's list, so finding the pair proves both names are Apple's.
    expect(feed.itunesCategory).toEqual(["Science > Earth Sciences"]);
    expect(xml).toMatch(
      /<itunes:category text="Science">\s*<itunes:category text="Earth Sciences"\/>\s*<\/itunes:category>/,
    );
    expect(xml).toMatch(/<itunes:explicit>(no|false)<\/itunes:explicit>/);
    expect(feed.explicit).toBe(false);
    expect(feed.author).toBe("Tidal Studio");
    expect(feed.owner).toEqual({ name: "Ada Owner", email: "owner@example.com" });
    expect(feed.itunesType).toBe("episodic");
    expect(feed.copyright).toBe("© 2026 Tidal Studio");
    expect(xml).toContain(`<atom:link href="${feedUrl(BASE, slug)}" rel="self" type="application/rss+xml"/>`);
  });

  it("lists the two published episodes, newest first, each with its item tags and exact enclosure length", async () => {
    const { feed, xml } = await fetchFeed();
    expect(feed.items).toHaveLength(2);
    const expected = [...published].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    for (const [i, item] of feed.items.entries()) {
      const want = expected[i]!;
      expect(item.guid).toBe(want.guid);
      expect(item.pubDate?.getTime()).toBe(want.publishedAt.getTime());
      const stored = await storage.stat(want.audioKey);
      expect(stored).not.toBeNull();
      expect(item.enclosure).toEqual({
        url: `${BASE}/api/public/episodes/${want.episodeId}/${RELEASE}/episode.mp3`,
        length: stored!.size,
        type: "audio/mpeg",
      });
      expect(item.podcastTranscripts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            url: `${BASE}/api/public/episodes/${want.episodeId}/${RELEASE}/transcript.vtt`,
            type: "text/vtt",
          }),
          // The parser names SRT by its own canonical type; the feed's attribute is checked below.
          expect.objectContaining({
            url: `${BASE}/api/public/episodes/${want.episodeId}/${RELEASE}/transcript.srt`,
            type: TranscriptType.SRT,
          }),
        ]),
      );
      expect(item.podcastChapters).toMatchObject({
        url: `${BASE}/api/public/episodes/${want.episodeId}/${RELEASE}/chapters.json`,
        type: "application/json+chapters",
      });
      expect(item.podcastPeople?.map((p) => [p.name, p.role?.toLowerCase()])).toEqual(hosts.map((h) => [h, "host"]));
      expect(item.description).toContain("episode");
      expect(item.itunesSeason).toBe(2);
    }
    const [newest, oldest] = feed.items;
    expect([newest!.title, newest!.duration, newest!.itunesEpisode, newest!.itunesEpisodeType]).toEqual([
      "Episode 2: tides",
      3,
      2,
      "full",
    ]);
    expect([oldest!.title, oldest!.duration, oldest!.itunesEpisode, oldest!.itunesEpisodeType]).toEqual([
      "Episode 1: tides",
      2,
      1,
      "trailer",
    ]);
    // RFC 2822 dates and guids that are not links.
    expect(xml).toContain("<pubDate>Mon, 09 Nov 2026 08:00:00 GMT</pubDate>");
    expect(xml.match(/<guid isPermaLink="false">/g)).toHaveLength(2);
    expect(xml.match(/<podcast:transcript url="[^"]+\/transcript\.srt" type="application\/x-subrip"\/>/g)).toHaveLength(
      2,
    );
    expect(xml).not.toContain("Not public");
  });

  it("carries the Podcasting 2.0 show tags: guid by the UUIDv5 rule, locked with its owner, a person per host", async () => {
    const { feed } = await fetchFeed();
    expect(feed.guid).toBe(podcastGuid(feedUrl(BASE, slug)));
    expect(isUuid(feed.guid!)).toBe(true);
    expect(uuidVersion(feed.guid!)).toBe(5);
    expect(feed.locked).toBe(true);
    expect(feed.podcastOwner).toBe("owner@example.com");
    expect(feed.podcastPeople?.map((p) => [p.name, p.role?.toLowerCase()])).toEqual(hosts.map((h) => [h, "host"]));
    // A guid fixed at the first publish wins over the derived one, so a later address change keeps the identity.
    const fixed = "917393e3-1b1e-5cef-ace4-edaa54e1f810";
    await db.show.update({ where: { id: showId }, data: { podcastGuid: fixed } });
    expect((await fetchFeed()).feed.guid).toBe(fixed);
    await db.show.update({ where: { id: showId }, data: { podcastGuid: null } });
  });

  it("keeps every guid when an episode is edited and the feed rebuilt, and changes the ETag", async () => {
    const before = await fetchFeed();
    const episodeId = published[0]!.episodeId;
    await db.episode.update({
      where: { id: episodeId },
      data: { title: "Episode 1: tides, retold", showNotes: "Rewritten notes." },
    });
    const after = await fetchFeed();
    expect(after.feed.items.map((i) => i.guid)).toEqual(before.feed.items.map((i) => i.guid));
    expect(after.feed.items.map((i) => i.title)).toContain("Episode 1: tides, retold");
    expect(after.res.headers.get("etag")).not.toBe(before.res.headers.get("etag"));
  });

  it("reuses the built feed while nothing it lists has changed, and rebuilds it once something has", async () => {
    const episodeId = published[0]!.episodeId;
    const before = await fetchFeed();
    // Written past Prisma, so no updatedAt moves: as research changes that generated notes follow would be.
    await db.$executeRaw`update "Episode" set "showNotes" = 'Quietly changed notes.' where id = ${episodeId}`;
    const cached = await fetchFeed();
    expect(cached.xml).toBe(before.xml);
    await db.episode.update({ where: { id: episodeId }, data: { seasonNumber: 2 } });
    const rebuilt = await fetchFeed();
    expect(rebuilt.xml).toContain("Quietly changed notes.");
    expect(rebuilt.res.headers.get("etag")).not.toBe(before.res.headers.get("etag"));
  });

  it("answers 304 to a client holding the current version, by ETag or by date, and HEAD with headers only", async () => {
    const { res, xml } = await fetchFeed();
    const etag = res.headers.get("etag")!;
    const lastModified = res.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const byTag = await get({ "if-none-match": etag });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get("etag")).toBe(etag);
    expect(await byTag.text()).toBe("");
    expect((await get({ "if-none-match": '"something-else"' })).status).toBe(200);
    expect((await get({ "if-modified-since": lastModified })).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get({ "if-modified-since": earlier })).status).toBe(200);
    // If-None-Match decides when both are sent: a stale tag gets the feed whatever the date says.
    expect((await get({ "if-none-match": '"stale"', "if-modified-since": lastModified })).status).toBe(200);

    const headRes = await head();
    expect(headRes.status).toBe(200);
    expect(headRes.headers.get("etag")).toBe(etag);
    expect(headRes.headers.get("content-length")).toBe(String(Buffer.byteLength(xml)));
    expect(await headRes.text()).toBe("");

    // A change to the show moves Last-Modified on, so the date no longer matches.
    await db.show.update({ where: { id: showId }, data: { copyright: "© 2027 Tidal Studio" } });
    const changed = await get({ "if-modified-since": lastModified, "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(Date.parse(changed.headers.get("last-modified")!)).toBeGreaterThanOrEqual(Date.parse(lastModified));

    // An unpublish moves it on too, though the row it changed is no longer listed: apps must drop the item.
    const beforeUnpublish = changed.headers.get("last-modified")!;
    const later = new Date(Date.parse(beforeUnpublish) + 5000);
    await db.publication.updateMany({
      where: { status: "UNPUBLISHED", episode: { showId } },
      data: { unpublishedAt: later, updatedAt: later },
    });
    const afterUnpublish = await get({ "if-modified-since": beforeUnpublish });
    expect(afterUnpublish.status).toBe(200);
    expect(afterUnpublish.headers.get("last-modified")).toBe(later.toUTCString());
  });

  it("points the media at PUBLIC_MEDIA_BASE_URL when set, at the same storage keys", async () => {
    const feed = await loadFeed(db, slug, "https://cdn.example.com/");
    const parsed = parseFeed(feed!.xml) as FeedObject;
    const newest = [...published].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())[0]!;
    expect(parsed.items[0]!.enclosure.url).toBe(`https://cdn.example.com/${newest.audioKey}`);
    expect(parsed.link).toBe(BASE); // the feed and the show's link stay the studio's
  });

  it("is 404 with a message for an unknown show, a malformed slug, or a show without a public address", async () => {
    for (const name of ["no-such-show", "Not_A_Slug"]) {
      const res = await get({}, name);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: "not_found", message: "This show has no public feed yet." } });
    }
    await db.show.update({ where: { id: showId }, data: { publicBaseUrl: null } });
    try {
      expect((await get()).status).toBe(404);
    } finally {
      await db.show.update({ where: { id: showId }, data: { publicBaseUrl: BASE } });
    }
  });
});

describe("getFeedPreview", () => {
  it("lists the published episodes newest first with durations, numbers and the chapters read from storage", async () => {
    const preview = await getFeedPreview(db, storage, showId, null);
    expect(preview!.feedUrl).toBe(feedUrl(BASE, slug));
    expect(preview!.imageUrl).toBe(`/api/public/shows/${slug}/artwork/artwork-1.jpg`);
    expect(preview!.problems).toEqual([]);
    expect(preview!.episodes.map((e) => [e.episodeNumber, e.durationMs, e.episodeType])).toEqual([
      [2, 3000, "FULL"],
      [1, 2000, "TRAILER"],
    ]);
    expect(preview!.episodes[0]!.chapters).toEqual([
      { title: "Intro", startMs: 0 },
      { title: "Deep dive", startMs: 1000 },
    ]);
    // A chapters file that went missing shows as no chapters, not an error page.
    await storage.delete(publishedFileKey(published[0]!.episodeId, RELEASE, "chapters.json"));
    const after = await getFeedPreview(db, storage, showId, null);
    expect(after!.episodes.find((e) => e.id === published[0]!.episodeId)!.chapters).toBeNull();
  });
});
