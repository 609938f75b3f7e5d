export const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Scores are shown and compared at one decimal, so they are rounded once, here. */
export const score1 = (n: number) => Math.round(clamp(n, 0, 10) * 10) / 10;
