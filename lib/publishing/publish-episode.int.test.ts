import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseBuffer } from "music-metadata";
import NodeID3 from "node-id3";
import { episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { makeFeedReady, readyEpisode, renderMasterMp3 } from "@/test/published-episode";
import { podcastGuid } from "@/lib/publishing/podcast-guid";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { getPublication } from "./get-publication";
import { publishEpisode, withReleaseCleanup } from "./publish-episode";
import { releaseKeys } from "./make-published-files";
import { publishScheduled } from "./publish-scheduled";
import { schedulePublication } from "./schedule-publication";
import { unpublishEpisode } from "./unpublish-episode";
import { PUBLIC_EPISODE_FILES, feedUrl, publishedFileKey, releaseOfKey, type PublicEpisodeFile } from "./public-urls";
import { storedKeys } from "@/test/stored-keys";

const FILES = Object.keys(PUBLIC_EPISODE_FILES) as PublicEpisodeFile[];
let ws: EpisodesWorkspace;
let storage: AudioStorage;
let storageDir: string;
let mp3: Buffer;

beforeAll(async () => {
  ws = await episodesWorkspace();
  storageDir = await mkdtemp(path.join(tmpdir(), "publish-storage-"));
  storage = createLocalStorage(storageDir);
  mp3 = await renderMasterMp3();
});
afterAll(() => ws?.db.$disconnect());
beforeEach(() => makeFeedReady(ws.db, storage, ws.show.id));

/** Every public copy stored for the episode, of any release. */
const stored = async (episodeId: string) =>
  (await storedKeys(storageDir)).filter((key) => key.startsWith(`public/episodes/${episodeId}/`));
/** The keys of the release a publication's row names. */
const release = (publication: { episodeId: string; audioKey: string | null }) =>
  FILES.map((file) => publishedFileKey(publication.episodeId, releaseOfKey(publication.audioKey!), file)).sort();
const readText = async (publication: { audioKey: string | null; episodeId: string }, file: PublicEpisodeFile) =>
  (
    await buffer(
      (await storage.get(publishedFileKey(publication.episodeId, releaseOfKey(publication.audioKey!), file))).body,
    )
  ).toString("utf8");
const audits = (episodeId: string) =>
  ws.db.auditLog.findMany({
    where: { episodeId, action: { startsWith: "publication." } },
    orderBy: { createdAt: "asc" },
  });
const recordSchedules = () => {
  const sent: { episodeId: string; at: string }[] = [];
  return {
    sent,
    schedulePublication: async (episodeId: string, at: Date) => void sent.push({ episodeId, at: at.toISOString() }),
  };
};

describe("publishing an episode now", () => {
  it("stores its public files, writes the row with the exact enclosure length, fixes podcast:guid and numbers it", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const publication = await publishEpisode(ws.db, storage, episode.id, ws.users.editor);

    expect(publication).toMatchObject({ status: "PUBLISHED", decidedById: ws.users.editor.id, durationMs: 4_000 });
    expect(publication.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await stored(episode.id)).toEqual(release(publication));
    expect(publication.audioBytes).toBe((await storage.stat(publication.audioKey!))?.size);
    expect(publication.audioBytes).toBeGreaterThanOrEqual(mp3.length);
    expect(await readText(publication, "transcript.vtt")).toContain("<v Ada>Welcome back.");
    expect(await readText(publication, "transcript.srt")).toMatch(/^1\n00:00:00,000 --> 00:00:01,200\n/);
    expect(JSON.parse(await readText(publication, "chapters.json"))).toMatchObject({
      version: "1.2.0",
      chapters: [
        { startTime: 0, title: "Why we sleep" },
        { startTime: 2.6, endTime: 4, title: "What memory keeps" },
      ],
    });

    // The published MP3 itself, read back by two tag parsers: title, show, year, the show's artwork, the chapters.
    const published = await buffer((await storage.get(publication.audioKey!)).body);
    const show = await ws.db.show.findUniqueOrThrow({ where: { id: ws.show.id } });
    const read = await parseBuffer(published, { mimeType: "audio/mpeg" }, { includeChapters: true });
    expect([read.common.title, read.common.album, read.common.year]).toEqual([
      episode.title,
      show.name,
      publication.publishedAt!.getUTCFullYear(),
    ]);
    const artwork = await buffer((await storage.get(show.artworkKey!)).body);
    expect(read.common.picture?.map((p) => [p.format, Buffer.from(p.data).equals(artwork)])).toEqual([
      ["image/png", true],
    ]);
    expect(read.format.chapters?.map((c) => [c.title, c.start])).toEqual([
      ["Why we sleep", 0],
      ["What memory keeps", 2.6],
    ]);
    expect(NodeID3.read(published).chapter?.map((c) => [c.tags?.title, c.startTimeMs, c.endTimeMs])).toEqual([
      ["Why we sleep", 0, 2600],
      ["What memory keeps", 2600, 4000],
    ]);

    expect(show.podcastGuid).toBe(podcastGuid(feedUrl("https://studio.example.com", show.slug)));
    const numbered = await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(numbered.episodeNumber).toBeGreaterThanOrEqual(1);
    expect((await audits(episode.id)).map((a) => a.action)).toEqual(["publication.publish"]);

    const view = await getPublication(ws.db, episode.id, null);
    expect(view.state).toEqual({ kind: "published", at: publication.publishedAt });
    expect(view.urls).toMatchObject({
      feed: feedUrl("https://studio.example.com", show.slug),
      enclosure: `https://studio.example.com/api/${publication.audioKey}`,
    });
    expect((await getPublication(ws.db, episode.id, "https://cdn.example.com/")).urls.enclosure).toBe(
      `https://cdn.example.com/public/episodes/${episode.id}/${releaseOfKey(publication.audioKey!)}/episode.mp3`,
    );
  });

  it("publishes once when two editors click together, and numbers a show's episodes one after another", async () => {
    const first = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const second = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const [a, b, c] = await Promise.all([
      publishEpisode(ws.db, storage, first.id, ws.users.editor),
      publishEpisode(ws.db, storage, first.id, ws.users.admin),
      publishEpisode(ws.db, storage, second.id, ws.users.editor),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.guid).not.toBe(c.guid);
    expect((await audits(first.id)).map((x) => x.action)).toEqual(["publication.publish"]);
    const numbers = await ws.db.episode.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { episodeNumber: true },
    });
    expect(new Set(numbers.map((n) => n.episodeNumber)).size).toBe(2);
  });

  it("publishes an episode approved over its blockers with a recorded override", async () => {
    const blockers = ["The master is 4 s, far below its planned 60 s."];
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3, {
      certified: false,
      blockers,
      overridden: blockers,
    });
    expect(await publishEpisode(ws.db, storage, episode.id, ws.users.editor)).toMatchObject({ status: "PUBLISHED" });
  });

  it("refuses an uncertified episode approved without an override, saying why, and changes nothing", async () => {
    const blockers = ["Fact check: 2 claims are unsupported."];
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3, {
      certified: false,
      blockers,
      overridden: null,
    });
    await expect(publishEpisode(ws.db, storage, episode.id, ws.users.editor)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(
        /^This episode is not certified and was approved without an override: Fact check: 2 claims are unsupported\./,
      ),
    });
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await stored(episode.id)).toEqual([]);
    expect(await audits(episode.id)).toEqual([]);
    expect((await getPublication(ws.db, episode.id, null)).refusal).toMatch(/not certified/);
  });

  it("refuses while the show's feed lacks settings, listing every one, and changes nothing", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    await ws.db.show.update({ where: { id: ws.show.id }, data: { author: "", ownerEmail: "", artworkKey: null } });
    const refused = publishEpisode(ws.db, storage, episode.id, ws.users.editor);
    await expect(refused).rejects.toMatchObject({ status: 422, code: "feed_not_ready" });
    for (const missing of [/Upload the show's artwork/, /Name the show's author/, /Give the owner's e-mail address/])
      await expect(refused).rejects.toThrow(missing);
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await stored(episode.id)).toEqual([]);
    expect((await getPublication(ws.db, episode.id, null)).feedProblems.map((p) => p.field)).toEqual(
      expect.arrayContaining(["author", "ownerEmail", "artwork"]),
    );
  });

  it("is an editor's decision: a producer is refused, and an episode not Ready is refused", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    await expect(publishEpisode(ws.db, storage, episode.id, ws.users.producer)).rejects.toMatchObject({ status: 403 });
    await ws.db.episode.update({ where: { id: episode.id }, data: { status: "AWAITING_FINAL_APPROVAL" } });
    await expect(publishEpisode(ws.db, storage, episode.id, ws.users.editor)).rejects.toThrow(
      "Only a Ready episode can be published; this one is awaiting final approval.",
    );
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
  });
});

describe("a publish that fails", () => {
  it("deletes the copies it stored, but never those of a release the row names (a commit whose answer was lost)", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const failed = "1767225600000-0badc0de";
    for (const key of releaseKeys(episode.id, failed)) await storage.put(key, Buffer.from("partial"), "text/plain");
    const boom = () => Promise.reject(new Error("the transaction timed out"));
    await expect(withReleaseCleanup(ws.db, storage, episode.id, failed, boom)).rejects.toThrow("timed out");
    expect(await stored(episode.id)).toEqual([]);

    const publication = await publishEpisode(ws.db, storage, episode.id, ws.users.editor);
    const live = releaseOfKey(publication.audioKey!);
    await expect(withReleaseCleanup(ws.db, storage, episode.id, live, boom)).rejects.toThrow("timed out");
    expect(await stored(episode.id)).toEqual(release(publication));
  });
});

describe("unpublishing", () => {
  it("deletes the public files and keeps the guid, so publishing again is the same item", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const first = await publishEpisode(ws.db, storage, episode.id, ws.users.editor);
    await ws.db.episode.update({ where: { id: episode.id }, data: { title: "A new title after an edit" } });

    const unpublished = await unpublishEpisode(ws.db, storage, episode.id, ws.users.editor);
    expect(unpublished).toMatchObject({ status: "UNPUBLISHED", guid: first.guid });
    expect(unpublished?.unpublishedAt).toBeInstanceOf(Date);
    expect(await stored(episode.id)).toEqual([]);
    await expect(unpublishEpisode(ws.db, storage, episode.id, ws.users.editor)).rejects.toMatchObject({ status: 409 });

    const again = await publishEpisode(ws.db, storage, episode.id, ws.users.editor);
    expect(again).toMatchObject({ id: first.id, guid: first.guid, status: "PUBLISHED", unpublishedAt: null });
    expect((await audits(episode.id)).map((a) => a.action)).toEqual([
      "publication.publish",
      "publication.unpublish",
      "publication.publish",
    ]);
    await expect(unpublishEpisode(ws.db, storage, episode.id, ws.users.producer)).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("scheduled publishing", () => {
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  it("refuses a time in the past or more than a year ahead", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const events = recordSchedules();
    for (const at of [new Date(Date.now() - 60_000), new Date(Date.now() + 400 * 86_400_000)])
      await expect(schedulePublication(ws.db, events, episode.id, ws.users.editor, at)).rejects.toMatchObject({
        status: 400,
      });
    expect(events.sent).toEqual([]);
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
  });

  it("schedules, skips a superseded time, then publishes at the time still scheduled", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const events = recordSchedules();
    const first = inAnHour();
    const second = new Date(first.getTime() + 60_000);
    await schedulePublication(ws.db, events, episode.id, ws.users.editor, first);
    const row = await schedulePublication(ws.db, events, episode.id, ws.users.editor, second);
    expect(row).toMatchObject({ status: "SCHEDULED", scheduledFor: second });
    expect(events.sent).toEqual([
      { episodeId: episode.id, at: first.toISOString() },
      { episodeId: episode.id, at: second.toISOString() },
    ]);
    expect((await getPublication(ws.db, episode.id, null)).state).toEqual({ kind: "scheduled", at: second });

    expect(await publishScheduled(ws.db, storage, episode.id, first)).toMatchObject({ outcome: "skipped" });
    expect(await stored(episode.id)).toEqual([]);
    expect(await publishScheduled(ws.db, storage, episode.id, second)).toMatchObject({ outcome: "published" });
    const published = await ws.db.publication.findUniqueOrThrow({ where: { episodeId: episode.id } });
    expect(published).toMatchObject({
      status: "PUBLISHED",
      guid: row.guid,
      scheduledFor: null,
      decidedById: ws.users.editor.id,
    });
    expect(await stored(episode.id)).toEqual(release(published));
    expect((await storage.stat(published.audioKey!))?.size).toBe(published.audioBytes);
  });

  it("a cancelled schedule does not fire", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const at = inAnHour();
    await schedulePublication(ws.db, recordSchedules(), episode.id, ws.users.editor, at);
    expect(await unpublishEpisode(ws.db, storage, episode.id, ws.users.editor)).toBeNull();
    expect(await publishScheduled(ws.db, storage, episode.id, at)).toMatchObject({ outcome: "skipped" });
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
    expect((await getPublication(ws.db, episode.id, null)).state).toEqual({ kind: "not-published" });
  });

  it("re-checks the feed when it fires: a refusal is recorded and shown, and the episode is not published", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const at = inAnHour();
    await schedulePublication(ws.db, recordSchedules(), episode.id, ws.users.editor, at);
    await ws.db.show.update({ where: { id: ws.show.id }, data: { category: "" } });

    const outcome = await publishScheduled(ws.db, storage, episode.id, at);
    expect(outcome).toMatchObject({ outcome: "refused", reason: expect.stringMatching(/category/i) });
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await stored(episode.id)).toEqual([]);
    const view = await getPublication(ws.db, episode.id, null);
    expect(view.state).toEqual({ kind: "not-published" });
    expect(view.refused?.reason).toMatch(/category/i);
  });

  it("puts nothing on the row when the engine cannot be told", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const failing = { schedulePublication: () => Promise.reject(new Error("engine unreachable")) };
    await expect(schedulePublication(ws.db, failing, episode.id, ws.users.editor, inAnHour())).rejects.toThrow(
      "engine unreachable",
    );
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
  });
});
