/** About how long a key point takes aloud, said for the ear: a host's question and the point, some 30 words. */
export const SECONDS_PER_KEY_POINT = 12;
/** The least a greeting, a hook's tail and a sign-off take together. */
const FRAME_SECONDS = 35;

/**
 * How many key points an episode of this length can say: one per 12 s of what the frame leaves, plus the one the
 * hook says. Research that finds more gives a brief the script cannot cover.
 */
export function keyPointCapacity(targetMinutes: number): number {
  return Math.max(1, Math.floor((targetMinutes * 60 - FRAME_SECONDS) / SECONDS_PER_KEY_POINT)) + 1;
}
