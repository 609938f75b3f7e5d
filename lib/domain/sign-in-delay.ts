const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 4_000;

/**
 * How long the server waits before checking a password, after `failures` failed attempts from this email and
 * address: nothing for the first try, then 0.5 s doubling up to 4 s. Waiting before the check (not after a failure)
 * means a guesser cannot learn "wrong" early by giving up on a slow answer.
 */
export function signInDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_DELAY_MS);
}
