import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { artworkImages, type ArtworkImages } from "@/test/artwork-images";
import { storedKeys } from "@/test/stored-keys";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { readArtwork } from "./read-artwork";
import { removeArtwork, saveArtwork } from "./save-artwork";

let ws: EpisodesWorkspace;
let dir: string;
let storage: AudioStorage;
let images: ArtworkImages;
beforeAll(async () => {
  ws = await episodesWorkspace();
  dir = await mkdtemp(path.join(tmpdir(), "artwork-storage-"));
  storage = createLocalStorage(dir);
  images = await artworkImages();
});
afterAll(() => ws?.db.$disconnect());

const showRow = () =>
  ws.db.show.findUniqueOrThrow({
    where: { id: ws.show.id },
    select: { artworkKey: true, artworkType: true, artworkWidth: true, artworkUpdatedAt: true },
  });
const show = () => ({ kind: "show" as const, id: ws.show.id });

describe("saveArtwork", () => {
  it("stores a good image under a versioned key, records it on the show, and replaces it with the next", async () => {
    const first = await saveArtwork(ws.db, storage, show(), images.jpeg1400, ws.users.editor);
    expect(first.artworkKey).toMatch(new RegExp(`^public/shows/${ws.show.id}/artwork-\\d+\\.jpg$`));
    expect(await showRow()).toEqual(first);
    expect(first).toMatchObject({ artworkType: "image/jpeg", artworkWidth: 1400 });
    expect(await storedKeys(dir)).toEqual([first.artworkKey]);

    // A PNG, whatever it was called: its bytes decide the type and the key's extension. The replaced file is gone.
    const second = await saveArtwork(ws.db, storage, show(), images.png1600, ws.users.editor);
    expect(second).toMatchObject({ artworkType: "image/png", artworkWidth: 1600 });
    expect(second.artworkKey).toMatch(/\.png$/);
    expect(await storedKeys(dir)).toEqual([second.artworkKey]);
    const read = await readArtwork(ws.db, storage, { showId: ws.show.id });
    expect(read?.bytes.equals(images.png1600)).toBe(true);

    const audit = await ws.db.auditLog.findMany({
      where: { entityId: ws.show.id, action: "show.artwork.replace" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.data)).toEqual([
      { key: first.artworkKey, replacedKey: null, width: 1400 },
      { key: second.artworkKey, replacedKey: first.artworkKey, width: 1600 },
    ]);
  });

  it("refuses each bad image with a message saying what to change, leaving the row and storage as they were", async () => {
    const rowBefore = await showRow();
    const keysBefore = await storedKeys(dir);
    const cases: [Buffer, RegExp][] = [
      [images.tooSmall, /1000 × 1000 px: artwork must be at least 1400 × 1400 px/],
      [images.notSquare, /1400 × 1500 px: artwork must be square/],
      [images.cmyk, /CMYK.*convert it to RGB/],
      [images.text, /This file is not a JPEG or PNG image/],
      [images.jpeg1400.subarray(0, images.jpeg1400.length / 2), /damaged/],
    ];
    for (const [bytes, message] of cases) {
      await expect(saveArtwork(ws.db, storage, show(), bytes, ws.users.editor)).rejects.toMatchObject({
        status: 422,
        message: expect.stringMatching(message),
      });
    }
    await expect(saveArtwork(ws.db, storage, show(), images.jpeg1400, ws.users.producer)).rejects.toMatchObject({
      status: 403,
    });
    const missing = { kind: "show" as const, id: "cmissingmissingmissing00" };
    await expect(saveArtwork(ws.db, storage, missing, images.jpeg1400, ws.users.editor)).rejects.toMatchObject({
      status: 404,
    });
    expect(await showRow()).toEqual(rowBefore);
    expect(await storedKeys(dir)).toEqual(keysBefore);
  });

  it("gives an episode its own artwork over the show's, and back to the show's once removed", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "READY");
    const showKey = (await showRow()).artworkKey;
    expect((await readArtwork(ws.db, storage, { showId: ws.show.id, episodeId: episode.id }))?.key).toBe(showKey);

    const own = await saveArtwork(
      ws.db,
      storage,
      { kind: "episode", id: episode.id },
      images.jpeg1400,
      ws.users.editor,
    );
    expect(own.artworkKey).toMatch(new RegExp(`^public/episodes/${episode.id}/artwork-\\d+\\.jpg$`));
    const read = await readArtwork(ws.db, storage, { showId: ws.show.id, episodeId: episode.id });
    expect(read).toMatchObject({ key: own.artworkKey, mimeType: "image/jpeg", width: 1400 });
    expect(read?.bytes.equals(images.jpeg1400)).toBe(true);

    await removeArtwork(ws.db, storage, { kind: "episode", id: episode.id }, ws.users.editor);
    expect(await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id }, select: { artworkKey: true } })).toEqual({
      artworkKey: null,
    });
    expect(await storedKeys(dir)).toEqual([showKey]);
    expect((await readArtwork(ws.db, storage, { showId: ws.show.id, episodeId: episode.id }))?.key).toBe(showKey);
    expect(
      await ws.db.auditLog.count({ where: { episodeId: episode.id, action: { startsWith: "episode.artwork." } } }),
    ).toBe(2);
  });

  it("reads no artwork when neither the episode nor its show has one", async () => {
    await removeArtwork(ws.db, storage, show(), ws.users.editor);
    expect(await storedKeys(dir)).toEqual([]);
    expect(await readArtwork(ws.db, storage, { showId: ws.show.id })).toBeNull();
  });
});
