/** The most intervals open at one instant (an interval ending exactly when another starts does not overlap it). */
export function maxOverlap(intervals: { start: number; end: number }[]): number {
  const edges = intervals.flatMap((i) => [
    { t: i.start, d: 1 },
    { t: i.end, d: -1 },
  ]);
  edges.sort((a, b) => a.t - b.t || a.d - b.d);
  let open = 0;
  let max = 0;
  for (const e of edges) {
    open += e.d;
    max = Math.max(max, open);
  }
  return max;
}
