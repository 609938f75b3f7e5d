import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every object a local storage folder holds, by key, sorted (its .meta/ and .tmp/ bookkeeping left out). */
export async function storedKeys(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((key) => !key.startsWith("."))
    .sort();
}
