// Pure helpers of the Audio tab: segment regions, speaker colours, the line under the playhead, times as text.

export interface TimelineLine {
  segment: number;
  line: number;
  speaker: string;
  text: string;
  start: number;
  end: number;
}

export interface SegmentRegion {
  /** 0-based script segment. */
  segment: number;
  start: number;
  end: number;
  /** Speakers in the order they first speak. */
  speakers: string[];
  /** The speaker who talks longest in the segment: its region takes that speaker's colour. */
  lead: string;
  label: string;
}

/** Colours for speakers, in order of first appearance; readable as text on white and as a tint behind the waveform. */
const PALETTE = ["#1f57d1", "#b45309", "#047857", "#be185d", "#6d28d9", "#0e7490"];

/** Each speaker's colour, by order of first appearance in the timeline. */
export function speakerColors(lines: readonly TimelineLine[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const l of lines) if (!colors.has(l.speaker)) colors.set(l.speaker, PALETTE[colors.size % PALETTE.length]!);
  return colors;
}

/** `#rrggbb` with an alpha, for region tints. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** One region per script segment: consecutive timeline lines of the same segment merged, labelled with its speakers. */
export function segmentRegions(lines: readonly TimelineLine[]): SegmentRegion[] {
  const regions: (SegmentRegion & { seconds: Map<string, number> })[] = [];
  for (const l of lines) {
    let r = regions.at(-1);
    if (!r || r.segment !== l.segment) {
      r = {
        segment: l.segment,
        start: l.start,
        end: l.end,
        speakers: [],
        lead: l.speaker,
        label: "",
        seconds: new Map(),
      };
      regions.push(r);
    }
    r.start = Math.min(r.start, l.start);
    r.end = Math.max(r.end, l.end);
    if (!r.speakers.includes(l.speaker)) r.speakers.push(l.speaker);
    r.seconds.set(l.speaker, (r.seconds.get(l.speaker) ?? 0) + Math.max(0, l.end - l.start));
  }
  return regions.map(({ seconds, ...r }) => {
    const lead = [...seconds].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
    return { ...r, lead, label: `${r.segment + 1} · ${r.speakers.join(" & ")}` };
  });
}

/**
 * The line being spoken at `time`: the last line that has started (so a pause between lines keeps the line just
 * spoken), or -1 before the first. Binary search: called on every animation frame while playing.
 */
export function activeLineIndex(lines: readonly TimelineLine[], time: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start <= time + 1e-3) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Seconds as m:ss (h:mm:ss past an hour). */
export function formatTime(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Seconds in words for screen readers: "1 minute 5 seconds". */
export function spokenTime(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  return m > 0 ? `${part(m, "minute")} ${part(rest, "second")}` : part(rest, "second");
}
