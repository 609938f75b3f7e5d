import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "./local-storage";
import { InvalidStorageKeyError, StorageNotFoundError, StorageRangeError } from "./storage-errors";
import type { AudioStorage } from "./types";

let parent: string;
let dir: string;
let storage: AudioStorage;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "showrunner-storage-"));
  dir = path.join(parent, "storage");
  storage = createLocalStorage(dir);
});
afterAll(() => rm(parent, { recursive: true, force: true }));

describe("local storage", () => {
  it("stores a buffer and reads it back with its content type", async () => {
    expect(await storage.put("episodes/ep1/master.mp3", Buffer.from("ID3 audio bytes"), "audio/mpeg")).toEqual({
      key: "episodes/ep1/master.mp3",
      size: 15,
    });
    const object = await storage.get("episodes/ep1/master.mp3");
    expect(object.size).toBe(15);
    expect(object.contentType).toBe("audio/mpeg");
    expect(await text(object.body)).toBe("ID3 audio bytes");
  });

  it("stores a stream and serves byte ranges", async () => {
    await storage.put("seg.wav", Readable.from([Buffer.from("0123456789"), Buffer.from("abcdef")]), "audio/wav");
    const middle = await storage.get("seg.wav", { start: 3, end: 11 });
    expect(await text(middle.body)).toBe("3456789ab");
    expect(middle).toMatchObject({ size: 16, contentType: "audio/wav", range: { start: 3, end: 11 } });
    const tail = await storage.get("seg.wav", { start: 14, end: 1000 });
    expect(await text(tail.body)).toBe("ef");
    expect(tail.range).toEqual({ start: 14, end: 15 });
    await expect(storage.get("seg.wav", { start: 16, end: 20 })).rejects.toBeInstanceOf(StorageRangeError);
  });

  it("replaces an object atomically and leaves no temporary files", async () => {
    await storage.put("seg.wav", Buffer.from("new"), "audio/x-wav");
    expect(await storage.stat("seg.wav")).toMatchObject({ key: "seg.wav", size: 3, contentType: "audio/x-wav" });
    expect(await readdir(path.join(dir, ".tmp"))).toEqual([]);
  });

  it("reports missing objects: stat null, get NotFound, delete quietly", async () => {
    expect(await storage.stat("nope.mp3")).toBeNull();
    await expect(storage.get("nope.mp3")).rejects.toBeInstanceOf(StorageNotFoundError);
    await storage.put("gone.mp3", Buffer.from("x"), "audio/mpeg");
    await storage.delete("gone.mp3");
    await storage.delete("gone.mp3");
    expect(await storage.stat("gone.mp3")).toBeNull();
  });

  it("cannot be made to read or write outside its folder", async () => {
    await writeFile(path.join(parent, "secret.txt"), "secret");
    for (const key of ["../secret.txt", "a/../../secret.txt", "/etc/passwd", "..", ".meta/seg.wav.json"]) {
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });

  it("reports healthy when it can write", async () => {
    expect(await storage.health()).toEqual({ ok: true, detail: `Storing audio in ${dir}` });
    const blocked = path.join(parent, "a-file");
    await writeFile(blocked, "");
    expect((await createLocalStorage(path.join(blocked, "storage")).health()).ok).toBe(false);
  });
});
