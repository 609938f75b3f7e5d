/**
 * A label's average character width at 11px (capitals and "&" included, so rather over than under) and its padding
 * and margins in pixels: an estimate too small would let two labels touch.
 */
export const LABEL_CHAR_PX = 6.6;
export const LABEL_PADDING_PX = 14;

/** Where each segment label sits over the waveform: on a row, or hidden when no row has room for it. */
export interface LabelPlacement {
  /** 0 is the top row; null hides the label (its region keeps the label as its tooltip). */
  row: number | null;
}

export interface LabelLayoutOptions {
  /** The waveform's width in CSS pixels. */
  width: number;
  /** Seconds the waveform spans. */
  duration: number;
  /** Rows of labels the waveform has room for. */
  rows?: number;
  charWidth?: number;
  padding?: number;
  /** The least gap kept between two labels on one row. */
  gap?: number;
}

/**
 * Lays the segment labels out so none overlaps another: each label starts at its region's left edge and goes on the
 * first row whose previous label ends before it; a label with no such row is hidden rather than drawn over its
 * neighbour (short segments in a long episode). Widths are estimated from the label's length, so the layout is the
 * same on the server, in tests and in any browser.
 */
export function layoutRegionLabels(
  regions: readonly { start: number; label: string }[],
  { width, duration, rows = 2, charWidth = LABEL_CHAR_PX, padding = LABEL_PADDING_PX, gap = 4 }: LabelLayoutOptions,
): LabelPlacement[] {
  if (!(width > 0) || !(duration > 0)) return regions.map(() => ({ row: null }));
  const rowEnds = Array.from({ length: rows }, () => Number.NEGATIVE_INFINITY);
  return regions.map(({ start, label }) => {
    const left = (Math.max(0, start) / duration) * width;
    const right = left + label.length * charWidth + padding;
    const row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) return { row: null };
    rowEnds[row] = right;
    return { row };
  });
}
