/** Pauses never shrink below these (seconds): a turn still needs a breath, a new segment a beat. */
export const MIN_LINE_PAUSE_S = 0.15;
export const MIN_SEGMENT_PAUSE_S = 0.5;
/** Faster than this and synthetic speech sounds hurried; the duration check reports what is left over. */
export const MAX_TEMPO = 1.15;
/** Within this share over the plan, nothing is changed. */
const SLACK = 0.05;

export interface Fit {
  /** Pause after each line, in seconds. */
  pauses: number[];
  /** Playback speed of the whole mix (1 = as spoken). */
  tempo: number;
  /** Length of the fitted mix, in seconds. */
  seconds: number;
}

/**
 * Fits an episode that runs long to its planned length the way an editor would: first tighten the pauses (down
 * to a floor), then speed the whole mix up a little (at most MAX_TEMPO). An episode that runs short is left as
 * spoken: slowing speech down sounds worse than a shorter episode.
 */
export function fitToPlan(lineSeconds: readonly number[], pauses: readonly number[], plannedSeconds: number): Fit {
  const speech = lineSeconds.reduce((a, b) => a + b, 0);
  const natural = pauses.reduce((a, b) => a + b, 0);
  const goal = plannedSeconds * (1 + SLACK);
  if (plannedSeconds <= 0 || speech + natural <= goal)
    return { pauses: [...pauses], tempo: 1, seconds: speech + natural };

  const floors = pauses.map((p) => Math.min(p, p >= MIN_SEGMENT_PAUSE_S ? MIN_SEGMENT_PAUSE_S : MIN_LINE_PAUSE_S));
  const floor = floors.reduce((a, b) => a + b, 0);
  // Shrink every pause by the same share of its room above its floor, as far as needed.
  const share = natural > floor ? Math.min(1, (speech + natural - goal) / (natural - floor)) : 1;
  const fitted = pauses.map((p, i) => p - share * (p - floors[i]!));
  const total = speech + fitted.reduce((a, b) => a + b, 0);
  const tempo = Math.min(MAX_TEMPO, Math.max(1, total / goal));
  return { pauses: fitted, tempo, seconds: total / tempo };
}
