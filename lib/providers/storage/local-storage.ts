import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { resolveRange } from "./resolve-range";
import { InvalidStorageKeyError, StorageNotFoundError, StorageRangeError } from "./storage-errors";
import type { AudioStorage, StoredObject } from "./types";
import { validateStorageKey } from "./validate-storage-key";

const FALLBACK_TYPE = "application/octet-stream";
const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/**
 * Audio in a folder on this machine (the offline default). Objects live at their key's path; the content type sits
 * beside them under `.meta/`, and writes go through `.tmp/` and a rename, so a reader never sees half a file.
 * Keys cannot start a segment with ".", so neither folder can collide with an object.
 */
export function createLocalStorage(dir: string): AudioStorage {
  const root = path.resolve(dir);
  const tmpDir = path.join(root, ".tmp");

  function pathsFor(key: string) {
    const segments = validateStorageKey(key).split("/");
    const file = path.join(root, ...segments);
    // Validation already rules out escaping; this keeps it true if the rules ever loosen.
    if (!file.startsWith(root + path.sep))
      throw new InvalidStorageKeyError(key, "it points outside the storage folder");
    return { file, meta: `${path.join(root, ".meta", ...segments)}.json` };
  }

  async function place(target: string, write: (tmp: string) => Promise<void>) {
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    try {
      await write(tmp);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async function readMeta(meta: string): Promise<{ contentType: string }> {
    try {
      return JSON.parse(await readFile(meta, "utf8")) as { contentType: string };
    } catch {
      return { contentType: FALLBACK_TYPE };
    }
  }

  async function statObject(key: string): Promise<StoredObject | null> {
    const { file, meta } = pathsFor(key);
    try {
      const info = await stat(file);
      return { key, size: info.size, contentType: (await readMeta(meta)).contentType, lastModified: info.mtime };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  return {
    id: "local",

    async put(key, data, contentType) {
      const { file, meta } = pathsFor(key);
      await place(file, (tmp) =>
        Buffer.isBuffer(data) ? writeFile(tmp, data) : pipeline(data, createWriteStream(tmp)),
      );
      await place(meta, (tmp) => writeFile(tmp, JSON.stringify({ contentType })));
      return { key, size: (await stat(file)).size };
    },

    async get(key, range) {
      const object = await statObject(key);
      if (!object) throw new StorageNotFoundError(key);
      const { file } = pathsFor(key);
      if (!range) return { body: createReadStream(file), size: object.size, contentType: object.contentType };
      const served = resolveRange(range, object.size);
      if (!served) throw new StorageRangeError(key, object.size);
      return {
        body: createReadStream(file, served),
        size: object.size,
        contentType: object.contentType,
        range: served,
      };
    },

    stat: statObject,

    async delete(key) {
      const { file, meta } = pathsFor(key);
      await Promise.all([rm(file, { force: true }), rm(meta, { force: true })]);
    },

    async health() {
      try {
        await place(path.join(tmpDir, "health-check"), (tmp) => writeFile(tmp, "ok"));
        await rm(path.join(tmpDir, "health-check"), { force: true });
        return { ok: true, detail: `Storing audio in ${root}` };
      } catch (error) {
        return { ok: false, detail: `Cannot write to ${root}: ${(error as Error).message}` };
      }
    },
  };
}
