import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { parseBuffer } from "music-metadata";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { freshDatabase } from "@/test/db";
import { episodeIn } from "@/test/episodes-workspace";
import { readyEpisode, realMp3 } from "@/test/ready-episode";
import { GET as list } from "./route";
import { GET as download, HEAD as head } from "./[file]/route";

// The session as Auth.js would decode it from the cookie.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
let show: { id: string };
let producer: SessionUser;
let mp3: Buffer;
let ready: Awaited<ReturnType<typeof readyEpisode>>;

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url; // what the route handlers' shared client connects to
  const storageDir = await mkdtemp(path.join(tmpdir(), "downloads-storage-"));
  process.env.STORAGE_DIR = storageDir; // where the routes' storage reads
  await seedDemoWorkspace(db);
  show = await db.show.findFirstOrThrow();
  const user = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
  producer = { id: user.id, email: user.email, name: user.name, role: user.role };
  mp3 = await realMp3();
  ready = await readyEpisode({ db, show }, producer, createLocalStorage(storageDir), mp3);
  await db.episode.update({ where: { id: ready.episode.id }, data: { title: "Sleep & memory: what's “real”?" } });
}, 120_000);
beforeEach(() => {
  session.current = { user: { id: producer.id } };
});

const request = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost:3000${url}`, {
    method: init.method ?? "GET",
    headers: { "sec-fetch-site": "same-origin", ...init.headers },
  });
const get = (id: string, file: string, headers: Record<string, string> = {}) =>
  download(request(`/api/episodes/${id}/downloads/${file}`, { headers }), {
    params: Promise.resolve({ id, file }),
  });
const text = async (file: string) => {
  const res = await get(ready.episode.id, file);
  expect(res.status).toBe(200);
  return res.text();
};

describe("GET /api/episodes/[id]/downloads", () => {
  it("lists the six downloads of a Ready episode with their sizes in bytes", async () => {
    const res = await list(request(`/api/episodes/${ready.episode.id}/downloads`), {
      params: Promise.resolve({ id: ready.episode.id }),
    });
    expect(res.status).toBe(200);
    const { files } = (await res.json()) as { files: { name: string; size: number; url: string; label: string }[] };
    expect(files.map((f) => f.name)).toEqual([
      "episode.mp3",
      "transcript.vtt",
      "transcript.srt",
      "transcript.txt",
      "chapters.json",
      "show-notes.md",
    ]);
    expect(files[0]).toMatchObject({ size: mp3.length, label: "Audio (MP3)" });
    for (const f of files.slice(1)) {
      const body = Buffer.from(await (await get(ready.episode.id, f.name)).arrayBuffer());
      expect(f.size).toBe(body.length);
      expect(f.url).toBe(`/api/episodes/${ready.episode.id}/downloads/${f.name}`);
    }
  });
});

describe("GET /api/episodes/[id]/downloads/[file]", () => {
  it("serves the stored master as an attachment named after the title, and a Range of it", async () => {
    const res = await get(ready.episode.id, "episode.mp3");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    expect(res.headers.get("content-disposition")).toBe(
      "attachment; filename=\"sleep-memory-what-s-real.mp3\"; filename*=UTF-8''sleep-memory-what-s-real.mp3",
    );
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(mp3)).toBe(true);
    const format = (await parseBuffer(body, "audio/mpeg")).format;
    expect(format.codec).toMatch(/MPEG 1 Layer 3/);

    const partial = await get(ready.episode.id, "episode.mp3", { range: "bytes=10-19" });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes 10-19/${mp3.length}`);
    expect(Buffer.from(await partial.arrayBuffer()).equals(mp3.subarray(10, 20))).toBe(true);
    const etag = res.headers.get("etag")!;
    expect((await get(ready.episode.id, "episode.mp3", { "if-none-match": etag })).status).toBe(304);
  });

  it("serves the transcript as WebVTT with voice tags, SRT with speakers and plain text in turns", async () => {
    expect(await text("transcript.vtt")).toBe(
      [
        "WEBVTT\n",
        "1\n00:00:00.200 --> 00:00:01.000\n<v Maya Chen>Welcome to Signal and Noise. I'm Maya.\n",
        "2\n00:00:01.000 --> 00:00:01.400\n<v Theo Marsh>And I'm Theo.\n",
        "3\n00:00:01.500 --> 00:00:02.400\n<v Maya Chen>A full night of sleep improved recall of new words by about twenty percent in one study.\n",
        "4\n00:00:02.400 --> 00:00:03.000\n<v Theo Marsh>That is a big &lt;difference&gt; &amp; worth a look.\n",
      ].join("\n"),
    );
    const srt = await text("transcript.srt");
    expect(srt.split("\n\n")).toHaveLength(4);
    expect(srt).toContain("4\n00:00:02,400 --> 00:00:03,000\nTheo Marsh: That is a big <difference> & worth a look.\n");
    expect(await text("transcript.txt")).toContain("Theo Marsh: And I'm Theo.\n\nMaya Chen: A full night");
    const vtt = await get(ready.episode.id, "transcript.vtt");
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(vtt.headers.get("content-disposition")).toContain('filename="sleep-memory-what-s-real.vtt"');
  });

  it("serves the chapters as Podcasting 2.0 JSON, titled by the voiced script's segments", async () => {
    expect(JSON.parse(await text("chapters.json"))).toEqual({
      version: "1.2.0",
      title: "Sleep & memory: what's “real”?",
      podcastName: expect.any(String),
      chapters: [
        { startTime: 0, endTime: 1.5, title: "Intro" },
        { startTime: 1.5, endTime: 3.1, title: "Why we sleep" },
      ],
    });
  });

  it("serves the show notes as Markdown", async () => {
    const notes = await text("show-notes.md");
    expect(notes).toContain("## Chapters\n\n- 00:00 Intro\n- 00:01 Why we sleep");
    expect(notes).toContain("[Sleep and memory](https://example.org/sleep-and-memory)");
  });

  it("answers HEAD with the headers alone", async () => {
    const res = await head(request(`/api/episodes/${ready.episode.id}/downloads/transcript.srt`, { method: "HEAD" }), {
      params: Promise.resolve({ id: ready.episode.id, file: "transcript.srt" }),
    });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get("content-length"))).toBeGreaterThan(100);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("refuses an unknown file name with the valid ones, an episode not Ready with what to do, and strangers", async () => {
    const unknown = await get(ready.episode.id, "transcript.doc");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      "There is no such download. Ask for one of: episode.mp3, transcript.vtt, transcript.srt, transcript.txt, chapters.json, show-notes.md.",
    );
    const running = await episodeIn({ db, show }, producer, "AWAITING_FINAL_APPROVAL");
    const early = await get(running.id, "transcript.vtt");
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { message: string } }).error.message).toBe(
      'Downloads open once the episode is Ready; it is at "Final review". Approve its final audio first.',
    );
    expect((await get("cnotanepisode000000000000", "episode.mp3")).status).toBe(404);
    session.current = null;
    expect((await get(ready.episode.id, "episode.mp3")).status).toBe(401);
  });
});
