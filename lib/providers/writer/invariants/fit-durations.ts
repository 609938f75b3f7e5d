/**
 * Whole seconds in proportion to `weights` that add up to exactly `totalSeconds` (largest remainder), each at
 * least its minimum while the total allows. Used by the offline planner and to repair a model's plan.
 */
export function fitDurations(
  weights: readonly number[],
  totalSeconds: number,
  minimums: readonly number[] = [],
): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const total = Math.max(0, Math.round(totalSeconds));
  const floors = weights.map((_, i) => Math.max(0, minimums[i] ?? 0));
  const floorSum = floors.reduce((a, b) => a + b, 0);
  // Minimums that do not fit are dropped rather than overrunning the target.
  const base = floorSum <= total ? floors : floors.map(() => 0);
  const rest = total - base.reduce((a, b) => a + b, 0);
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const shares = clean.map((w) => (sum > 0 ? (w / sum) * rest : rest / n));
  const seconds = shares.map((s, i) => base[i]! + Math.floor(s));
  const remainders = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - seconds.reduce((a, b) => a + b, 0);
  for (const { i } of remainders) {
    if (left <= 0) break;
    seconds[i]!++;
    left--;
  }
  return seconds;
}
