import type { Chapter } from "./chapters";

/** An ID3v2 table of contents (CTOC) counts its entries in one byte, so an MP3 holds at most 255 chapters. */
export const MAX_ID3_CHAPTERS = 255;

export interface Id3Chapter {
  /** The CHAP frame's element id, which the CTOC lists: chp0, chp1, … */
  elementId: string;
  title: string;
  startMs: number;
  endMs: number;
}

/**
 * The chapters as ID3 CHAP frames: empty ones (no time between start and end) left out, and past the 255th the rest
 * folded into the last, which then ends where the last chapter ends, so the table still covers the whole episode.
 * (The JSON chapters keep every chapter; a script has far fewer segments than this.)
 */
export function id3Chapters(chapters: readonly Chapter[]): Id3Chapter[] {
  const kept = chapters.filter((c) => c.endMs > c.startMs);
  const written = kept.slice(0, MAX_ID3_CHAPTERS);
  const lastEndMs = kept.at(-1)?.endMs ?? 0;
  return written.map((c, i) => ({
    elementId: `chp${i}`,
    title: c.title,
    startMs: Math.round(c.startMs),
    endMs: Math.round(i === written.length - 1 ? lastEndMs : c.endMs),
  }));
}
