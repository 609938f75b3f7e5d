import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { freshDatabase } from "@/test/db";
import { artworkImages, type ArtworkImages } from "@/test/artwork-images";
import { storedKeys } from "@/test/stored-keys";
import { recordEvents } from "@/test/record-events";
import { SOURCES } from "@/test/pipeline-harness";
import type { Db } from "@/lib/db";
import { ARTWORK_MAX_BYTES } from "@/lib/domain/artwork-rules";
import type { Role } from "@/lib/domain/roles";
import { createEpisode } from "@/lib/episodes/create-episode";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import * as showArtwork from "./route";
import { GET as showImage } from "./[file]/route";
import * as episodeArtwork from "@/app/api/episodes/[id]/artwork/route";
import { GET as episodeImage } from "@/app/api/episodes/[id]/artwork/[file]/route";
import { GET as publicShowImage } from "@/app/api/public/shows/[slug]/artwork/[file]/route";
import { GET as publicEpisodeImage } from "@/app/api/public/episodes/[id]/artwork/[file]/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
let storageDir: string;
let images: ArtworkImages;
let show: { id: string; slug: string };
const users = {} as Record<Role, { id: string; email: string; name: string; role: Role }>;
beforeAll(async () => {
  // The routes use the app's own database and storage, as the environment configures them.
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url;
  storageDir = await mkdtemp(path.join(tmpdir(), "artwork-routes-"));
  process.env.STORAGE_DIR = storageDir;
  await seedDemoWorkspace(db, { PRODUCER: "producer-password", EDITOR: "editor-password", ADMIN: "admin-password" });
  for (const role of ["PRODUCER", "EDITOR", "ADMIN"] as const) {
    users[role] = await db.user.findFirstOrThrow({
      where: { role },
      select: { id: true, email: true, name: true, role: true },
    });
  }
  show = await db.show.findFirstOrThrow({ select: { id: true, slug: true } });
  images = await artworkImages();
});
beforeEach(() => {
  session.current = { user: { id: users.EDITOR.id } };
});

const ORIGIN = "http://localhost:3000";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

function upload(url: string, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name, { type }));
  return new NextRequest(`${ORIGIN}${url}`, {
    method: "PUT",
    headers: { "sec-fetch-site": "same-origin" },
    body: form,
  });
}
const get = (url: string, headers: Record<string, string> = {}) => new NextRequest(`${ORIGIN}${url}`, { headers });
const del = (url: string) =>
  new NextRequest(`${ORIGIN}${url}`, { method: "DELETE", headers: { "sec-fetch-site": "same-origin" } });

const showColumns = () =>
  db.show.findUniqueOrThrow({ where: { id: show.id }, select: { artworkKey: true, artworkWidth: true } });
const fileOf = (src: string) => src.slice(src.lastIndexOf("/") + 1);

interface View {
  src: string;
  mimeType: string;
  width: number;
}

describe("show artwork routes", () => {
  it("take an editor's upload, judged by its bytes, and serve it to the studio and, without sign-in, to apps", async () => {
    const url = `/api/shows/${show.id}/artwork`;
    expect(await (await showArtwork.GET(get(url), ctx({ id: show.id }))).json()).toEqual({ artwork: null });

    // A PNG named .jpg and sent as a JPEG: its bytes say PNG, and PNG it is.
    const res = await showArtwork.PUT(upload(url, images.png1600, "cover.jpg", "image/jpeg"), ctx({ id: show.id }));
    expect(res.status).toBe(200);
    const { artwork } = (await res.json()) as { artwork: View };
    expect(artwork).toMatchObject({ mimeType: "image/png", width: 1600 });
    expect(artwork.src).toMatch(new RegExp(`^/api/shows/${show.id}/artwork/artwork-\\d+\\.png$`));
    const file = fileOf(artwork.src);

    const studio = await showImage(get(artwork.src), ctx({ id: show.id, file }));
    expect(studio.status).toBe(200);
    expect(studio.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await studio.arrayBuffer()).equals(images.png1600)).toBe(true);

    session.current = null;
    expect((await showImage(get(artwork.src), ctx({ id: show.id, file }))).status).toBe(401);
    const publicUrl = `/api/public/shows/${show.slug}/artwork/${file}`;
    // Public only once the show has a feed, i.e. a public address.
    expect((await publicShowImage(get(publicUrl), ctx({ slug: show.slug, file }))).status).toBe(404);
    await db.show.update({ where: { id: show.id }, data: { publicBaseUrl: "https://studio.example.com" } });
    const open = await publicShowImage(get(publicUrl), ctx({ slug: show.slug, file }));
    expect(open.status).toBe(200);
    expect(open.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(Buffer.from(await open.arrayBuffer()).equals(images.png1600)).toBe(true);
    const etag = open.headers.get("etag")!;
    expect(
      (await publicShowImage(get(publicUrl, { "if-none-match": etag }), ctx({ slug: show.slug, file }))).status,
    ).toBe(304);
    const range = await publicShowImage(get(publicUrl, { range: "bytes=0-7" }), ctx({ slug: show.slug, file }));
    expect(range.status).toBe(206);
    expect(Buffer.from(await range.arrayBuffer()).equals(images.png1600.subarray(0, 8))).toBe(true);

    // Names that are not the current artwork answer 404, whatever they look like.
    for (const [slug, name] of [
      [show.slug, "artwork-1.png"],
      [show.slug, "../../episodes/x/episode.mp3"],
      ["no-such-show", file],
      ["Bad Slug!", file],
    ] as const) {
      expect((await publicShowImage(get("/api/public/x"), ctx({ slug, file: name }))).status, `${slug} ${name}`).toBe(
        404,
      );
    }
  });

  it("refuse a bad image, an oversized upload, a missing file and a producer with a clear message, changing nothing", async () => {
    const url = `/api/shows/${show.id}/artwork`;
    const before = await showColumns();
    const keys = await storedKeys(storageDir);
    const refused: [Uint8Array, string, string, number, RegExp][] = [
      [images.tooSmall, "small.jpg", "image/jpeg", 422, /at least 1400 × 1400 px/],
      [images.notSquare, "tall.png", "image/png", 422, /must be square/],
      [images.cmyk, "print.jpg", "image/jpeg", 422, /CMYK.*convert it to RGB/],
      [images.text, "cover.png", "image/png", 422, /This file is not a JPEG or PNG image/],
      // Just over the limit (the file alone), and far over it (the body is abandoned while it is being read).
      [new Uint8Array(ARTWORK_MAX_BYTES + 1), "huge.jpg", "image/jpeg", 413, /larger than 10 MB/],
      [new Uint8Array(ARTWORK_MAX_BYTES + 512 * 1024), "huger.jpg", "image/jpeg", 413, /larger than 10 MB/],
    ];
    for (const [bytes, name, type, status, message] of refused) {
      const res = await showArtwork.PUT(upload(url, bytes, name, type), ctx({ id: show.id }));
      expect(res.status, name).toBe(status);
      expect((await res.json()).error.message, name).toMatch(message);
    }

    const noFile = new NextRequest(`${ORIGIN}${url}`, {
      method: "PUT",
      headers: { "sec-fetch-site": "same-origin" },
      body: new FormData(),
    });
    expect((await showArtwork.PUT(noFile, ctx({ id: show.id }))).status).toBe(400);
    const json = new NextRequest(`${ORIGIN}${url}`, {
      method: "PUT",
      headers: { "sec-fetch-site": "same-origin", "content-type": "application/json", "content-length": "2" },
      body: "{}",
    });
    expect((await showArtwork.PUT(json, ctx({ id: show.id }))).status).toBe(415);

    session.current = { user: { id: users.PRODUCER.id } };
    expect(
      (await showArtwork.PUT(upload(url, images.jpeg1400, "a.jpg", "image/jpeg"), ctx({ id: show.id }))).status,
    ).toBe(403);
    expect((await showArtwork.DELETE(del(url), ctx({ id: show.id }))).status).toBe(403);
    session.current = { user: { id: users.EDITOR.id } };
    expect(
      (
        await showArtwork.PUT(
          upload(url, images.jpeg1400, "a.jpg", "image/jpeg"),
          ctx({ id: "cnosuchshownosuchshow00" }),
        )
      ).status,
    ).toBe(404);

    expect(await showColumns()).toEqual(before);
    expect(await storedKeys(storageDir)).toEqual(keys);
  });
});

describe("episode artwork routes", () => {
  it("fall back to the show's artwork, and serve the episode's own publicly only while it is published", async () => {
    const episode = await createEpisode(
      db,
      recordEvents(),
      { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 1, sources: SOURCES },
      users.PRODUCER,
    );
    const url = `/api/episodes/${episode.id}/artwork`;
    const first = (await (await episodeArtwork.GET(get(url), ctx({ id: episode.id }))).json()) as {
      artwork: View | null;
      showArtwork: View | null;
    };
    expect(first.artwork).toBeNull();
    expect(first.showArtwork?.src).toMatch(new RegExp(`^/api/shows/${show.id}/artwork/`));

    const res = await episodeArtwork.PUT(upload(url, images.jpeg1400, "ep.jpg", "image/jpeg"), ctx({ id: episode.id }));
    const { artwork } = (await res.json()) as { artwork: View };
    expect(artwork).toMatchObject({ mimeType: "image/jpeg", width: 1400 });
    const file = fileOf(artwork.src);
    const studio = await episodeImage(get(artwork.src), ctx({ id: episode.id, file }));
    expect(Buffer.from(await studio.arrayBuffer()).equals(images.jpeg1400)).toBe(true);

    const publicGet = () =>
      publicEpisodeImage(get(`/api/public/episodes/${episode.id}/artwork/${file}`), ctx({ id: episode.id, file }));
    session.current = null;
    expect((await publicGet()).status).toBe(404); // not published yet
    await db.publication.create({
      data: { episodeId: episode.id, guid: `guid-${episode.id}`, status: "PUBLISHED", publishedAt: new Date() },
    });
    const open = await publicGet();
    expect(open.status).toBe(200);
    expect(Buffer.from(await open.arrayBuffer()).equals(images.jpeg1400)).toBe(true);
    await db.publication.update({ where: { episodeId: episode.id }, data: { status: "UNPUBLISHED" } });
    expect((await publicGet()).status).toBe(404);

    session.current = { user: { id: users.EDITOR.id } };
    const removed = await episodeArtwork.DELETE(del(url), ctx({ id: episode.id }));
    expect(((await removed.json()) as { artwork: View | null }).artwork).toBeNull();
    expect(await db.episode.findUniqueOrThrow({ where: { id: episode.id }, select: { artworkKey: true } })).toEqual({
      artworkKey: null,
    });
    expect((await storedKeys(storageDir)).some((key) => key.startsWith(`public/episodes/${episode.id}/`))).toBe(false);
  });
});
