import { InvalidStorageKeyError } from "./storage-errors";

export const MAX_KEY_LENGTH = 512;
// Each segment starts with a letter or digit: no "..", no hidden files, no leading dashes, nothing to escape.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Keys are relative, slash-separated paths of plain segments, e.g. "episodes/ep_123/master.mp3". The same rule
 * holds for every backend, so a key that works locally works on S3 and cannot climb out of the storage folder.
 */
export function validateStorageKey(key: string): string {
  if (!key) throw new InvalidStorageKeyError(key, "it is empty");
  if (key.length > MAX_KEY_LENGTH)
    throw new InvalidStorageKeyError(key, `it is longer than ${MAX_KEY_LENGTH} characters`);
  for (const segment of key.split("/")) {
    if (!segment)
      throw new InvalidStorageKeyError(key, "it has an empty path segment (a leading, trailing or double slash)");
    if (segment === "." || segment === "..")
      throw new InvalidStorageKeyError(key, `"${segment}" segments are not allowed`);
    if (!SEGMENT.test(segment)) {
      throw new InvalidStorageKeyError(
        key,
        `"${segment}" must start with a letter or digit and use only letters, digits, ".", "_" and "-"`,
      );
    }
  }
  return key;
}
