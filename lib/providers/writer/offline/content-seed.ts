import { hashString } from "@/lib/text/seeded-random";

/**
 * A seed from what the input says, not from database ids: source ids (cuids) are left out of the hash, so the same
 * topic and sources give the same plan and script whichever episode they belong to.
 */
export function contentSeed(input: unknown): number {
  return hashString(
    JSON.stringify(input, (key, value: unknown) => (key === "sourceIds" || key === "sourceId" ? undefined : value)),
  );
}
