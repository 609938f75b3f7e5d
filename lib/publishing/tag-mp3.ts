// CONTRACT (issue 16 base): part B replaces this with ID3v2 tags and chapter frames.
import type { Chapter } from "@/lib/domain/chapters";

export interface Mp3Tags {
  title: string;
  show: string;
  /** Plain text, the show notes' summary. */
  description: string;
  year: number;
  artwork: { bytes: Buffer; mimeType: string } | null;
  chapters: readonly Chapter[];
}

/** The MP3 with its ID3 tags written (any tag it had replaced). */
export function tagMp3(mp3: Buffer, _tags: Mp3Tags): Buffer {
  return mp3;
}
