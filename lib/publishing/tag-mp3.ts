import NodeID3 from "node-id3";
import type { Chapter } from "@/lib/domain/chapters";
import { id3Chapters } from "@/lib/domain/id3-chapters";
import { leadingId3v2Length } from "@/lib/domain/id3v2-tag-length";

export interface Mp3Tags {
  title: string;
  show: string;
  /** Plain text, the show notes' summary. */
  description: string;
  year: number;
  artwork: { bytes: Buffer; mimeType: string } | null;
  chapters: readonly Chapter[];
  /** The show's author (TPE1, the "artist" players list it under); left out when empty. */
  author?: string;
}

// ID3v2.3 text frames have a language field; the show's language is not an ISO 639-2 code, and "XXX" means unknown.
const UNKNOWN_LANGUAGE = "XXX";
const FRONT_COVER = 3;

/**
 * The MP3 with an ID3v2.3 tag of its title (TIT2), show (TALB), author (TPE1), description (COMM), year (TYER), artwork
 * (APIC, front cover) and chapters (CHAP frames chp0…, listed in order by one top-level CTOC). Any ID3v2 tag the
 * file had is replaced; the audio frames after it are copied unchanged.
 */
export function tagMp3(mp3: Buffer, tags: Mp3Tags): Buffer {
  const chapters = id3Chapters(tags.chapters);
  const tag = NodeID3.create({
    title: tags.title,
    album: tags.show,
    ...(tags.author ? { artist: tags.author } : {}),
    comment: { language: UNKNOWN_LANGUAGE, text: tags.description },
    year: String(tags.year),
    ...(tags.artwork
      ? {
          image: {
            mime: tags.artwork.mimeType,
            type: { id: FRONT_COVER },
            description: "Cover",
            imageBuffer: tags.artwork.bytes,
          },
        }
      : {}),
    ...(chapters.length > 0
      ? {
          chapter: chapters.map((c) => ({
            elementID: c.elementId,
            startTimeMs: c.startMs,
            endTimeMs: c.endMs,
            tags: { title: c.title },
          })),
          // node-id3 flags the first table of contents as the top-level one.
          tableOfContents: [{ elementID: "toc", isOrdered: true, elements: chapters.map((c) => c.elementId) }],
        }
      : {}),
  });
  return Buffer.concat([tag, mp3.subarray(leadingId3v2Length(mp3))]);
}
