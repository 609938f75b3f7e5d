import path from "node:path";

/**
 * The folder everything a studio writes lives in: the embedded database, generated secrets and (by default) local
 * audio. SHOWRUNNER_DATA_DIR, else `.data` of the working folder; an empty value counts as unset.
 */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.SHOWRUNNER_DATA_DIR?.trim() || ".data");
}
