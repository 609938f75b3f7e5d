import { describe, expect, it } from "vitest";
import { LABEL_CHAR_PX, LABEL_PADDING_PX, layoutRegionLabels } from "./region-label-layout";

const label = "1 · Ada & Ben"; // 13 characters: 13 × 6.6 + 14 ≈ 100 px wide with the defaults.
const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
  a.left < b.right && b.left < a.right;

describe("layoutRegionLabels", () => {
  it("keeps labels on the top row when each has room before the next region", () => {
    const regions = [0, 100, 200].map((start) => ({ start, label }));
    expect(layoutRegionLabels(regions, { width: 900, duration: 300 })).toEqual([{ row: 0 }, { row: 0 }, { row: 0 }]);
  });

  it("stacks a label that would overlap its neighbour, and hides one when both rows are taken", () => {
    // Regions 20 px apart on a 600 px waveform: each label is ~100 px, so the second goes below, the third is hidden.
    const regions = [0, 10, 20, 200].map((start) => ({ start, label }));
    const placed = layoutRegionLabels(regions, { width: 600, duration: 300 });
    expect(placed.map((p) => p.row)).toEqual([0, 1, null, 0]);
  });

  it("never leaves two shown labels overlapping on one row, however the segments fall", () => {
    const starts = [0, 3, 5, 40, 41, 42, 90, 150, 151, 290];
    const regions = starts.map((start, i) => ({ start, label: `${i + 1} · ${"Host ".repeat((i % 3) + 1).trim()}` }));
    const width = 420;
    const placed = layoutRegionLabels(regions, { width, duration: 300, rows: 2 });
    const boxes = regions.map((r, i) => {
      const left = (r.start / 300) * width;
      return { row: placed[i]!.row, left, right: left + r.label.length * LABEL_CHAR_PX + LABEL_PADDING_PX };
    });
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && a.row !== null && a.row === b.row) expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
    expect(boxes.filter((b) => b.row === null).length).toBeGreaterThan(0);
    expect(boxes[0]!.row).toBe(0);
  });

  it("hides every label before the waveform has a width or a duration", () => {
    expect(layoutRegionLabels([{ start: 0, label }], { width: 0, duration: 300 })).toEqual([{ row: null }]);
    expect(layoutRegionLabels([{ start: 0, label }], { width: 600, duration: 0 })).toEqual([{ row: null }]);
  });
});
