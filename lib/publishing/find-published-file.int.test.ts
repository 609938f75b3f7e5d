import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { makeFeedReady, readyEpisode, renderMasterMp3 } from "@/test/published-episode";
import { serveStoredFile } from "@/lib/http/serve-stored-file";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { findPublishedFile } from "./find-published-file";
import { PUBLIC_EPISODE_FILES, publishedFileKey, releaseOfKey, type PublicEpisodeFile } from "./public-urls";
import { publishEpisode } from "./publish-episode";
import { unpublishEpisode } from "./unpublish-episode";

const FILES = Object.keys(PUBLIC_EPISODE_FILES) as PublicEpisodeFile[];

// The public route's part that decides what it serves, and the responses it gives through serveStoredFile.
let ws: EpisodesWorkspace;
let storage: AudioStorage;
let episodeId: string;
let release: string;

beforeAll(async () => {
  ws = await episodesWorkspace();
  storage = createLocalStorage(await mkdtemp(path.join(tmpdir(), "public-files-")));
  await makeFeedReady(ws.db, storage, ws.show.id);
  const episode = await readyEpisode(ws, storage, ws.users.producer, await renderMasterMp3());
  episodeId = episode.id;
  release = releaseOfKey((await publishEpisode(ws.db, storage, episodeId, ws.users.editor)).audioKey!);
});
afterAll(() => ws?.db.$disconnect());

const serve = async (file: string, init: RequestInit = {}) => {
  const found = await findPublishedFile(ws.db, storage, episodeId, release, file);
  if (!found) return null;
  const req = new Request(`http://studio.test/api/public/episodes/${episodeId}/${release}/${file}`, init);
  return serveStoredFile(req, storage, { ...found, public: true, cacheControl: "public, max-age=3600" });
};

describe("a published episode's public files", () => {
  it("serves the enclosure whole, in ranges and to HEAD, cacheable by anyone, and 304 to a client holding it", async () => {
    const { audioBytes } = await ws.db.publication.findUniqueOrThrow({ where: { episodeId } });
    const whole = (await serve("episode.mp3"))!;
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/mpeg");
    expect(whole.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(whole.headers.get("vary")).toBeNull();
    const body = Buffer.from(await whole.arrayBuffer());
    expect(body.length).toBe(audioBytes);

    const part = (await serve("episode.mp3", { headers: { range: "bytes=0-99" } }))!;
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-99/${audioBytes}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(0, 100));

    const head = (await serve("episode.mp3", { method: "HEAD" }))!;
    expect(head.headers.get("content-length")).toBe(String(audioBytes));
    expect(await head.text()).toBe("");
    const etag = head.headers.get("etag")!;
    expect((await serve("episode.mp3", { headers: { "if-none-match": etag } }))!.status).toBe(304);
    expect((await serve("episode.mp3", { headers: { range: `bytes=${audioBytes}-` } }))!.status).toBe(416);
  });

  it("serves the transcripts and chapters with their types", async () => {
    const vtt = (await serve("transcript.vtt"))!;
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await vtt.text()).toMatch(/^WEBVTT/);
    expect((await serve("transcript.srt"))!.headers.get("content-type")).toBe("application/x-subrip; charset=utf-8");
    expect(JSON.parse(await (await serve("chapters.json"))!.text())).toMatchObject({ version: "1.2.0" });
  });

  it("knows nothing of other names, other releases, unknown episodes or unpublished episodes", async () => {
    const find = (file: string, id = episodeId, at = release) => findPublishedFile(ws.db, storage, id, at, file);
    expect(await find("master.mp3")).toBeNull();
    expect(await find("../../secrets")).toBeNull();
    expect(await find("episode.mp3", episodeId, "1")).toBeNull();
    expect(await find("episode.mp3", episodeId, "..")).toBeNull();
    expect(await find("episode.mp3", "cknotanepisode0000000000")).toBeNull();
    const draft = await readyEpisode(ws, storage, ws.users.producer, Buffer.from("never published"));
    expect(await find("episode.mp3", draft.id)).toBeNull();

    await unpublishEpisode(ws.db, storage, episodeId, ws.users.editor);
    for (const file of FILES) expect(await find(file)).toBeNull();
    for (const file of FILES) expect(await storage.stat(publishedFileKey(episodeId, release, file))).toBeNull();
  });

  it("republishes into a new release: the old URLs stay gone, the new ones serve, each release its own copies", async () => {
    const republished = await publishEpisode(ws.db, storage, episodeId, ws.users.editor, new Date(Date.now() + 1000));
    const next = releaseOfKey(republished.audioKey!);
    expect(next).not.toBe(release);
    expect(republished.audioKey).toBe(publishedFileKey(episodeId, next, "episode.mp3"));
    for (const file of FILES) {
      expect(await findPublishedFile(ws.db, storage, episodeId, release, file)).toBeNull();
      expect((await findPublishedFile(ws.db, storage, episodeId, next, file))?.key).toBe(
        publishedFileKey(episodeId, next, file),
      );
    }
  });
});
