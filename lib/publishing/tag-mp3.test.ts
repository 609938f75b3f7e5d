import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBuffer } from "music-metadata";
import NodeID3 from "node-id3";
import sharp from "sharp";
import { locateFfmpeg } from "@/lib/providers/audio/locate-ffmpeg";
import { MAX_ID3_CHAPTERS } from "@/lib/domain/id3-chapters";
import { tagMp3, type Mp3Tags } from "./tag-mp3";

const run = promisify(execFile);

/** The bytes after the leading ID3v2 tag, computed here from the header alone (not with the code under test). */
function audioOf(mp3: Buffer): Buffer {
  if (mp3.subarray(0, 3).toString("latin1") !== "ID3") return mp3;
  const size = [...mp3.subarray(6, 10)].reduce((sum, b) => (sum << 7) | b, 0);
  return mp3.subarray(10 + size);
}

let dir: string;
let mp3: Buffer;
let artwork: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "tag-mp3-"));
  const file = path.join(dir, "tone.mp3");
  // A real 6-second MP3 with an ID3v2.4 tag of its own, which the tagging must replace.
  const ffmpeg = await locateFfmpeg();
  await run(ffmpeg.path, [
    ...["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=6"],
    ...["-metadata", "title=Old title", "-metadata", "album=Old album", "-c:a", "libmp3lame", "-b:a", "64k", file],
  ]);
  mp3 = await readFile(file);
  artwork = await sharp({ create: { width: 1400, height: 1400, channels: 3, background: "#c81e3c" } })
    .jpeg()
    .toBuffer();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const TAGS: Mp3Tags = {
  title: "How sleep helps memory",
  show: "Signal & Noise",
  author: "Maya Chen and Theo Marsh",
  description: "Why a night's sleep decides what you remember.",
  year: 2026,
  artwork: null,
  chapters: [
    { title: "Welcome", startMs: 0, endMs: 1_500 },
    { title: "What sleep does", startMs: 1_500, endMs: 4_250 },
    { title: "Wrap-up", startMs: 4_250, endMs: 6_000 },
  ],
};

describe("tagMp3", () => {
  it("writes title, show, year, description, artwork and chapters that tag readers find, replacing the old tag", async () => {
    expect(audioOf(mp3).length).toBeLessThan(mp3.length); // ffmpeg wrote a tag of its own
    const tagged = tagMp3(mp3, { ...TAGS, artwork: { bytes: artwork, mimeType: "image/jpeg" } });

    // The audio frames are the original's, byte for byte, right after one new tag.
    expect(audioOf(tagged).equals(audioOf(mp3))).toBe(true);
    expect(tagged[3]).toBe(3); // ID3v2.3

    const read = await parseBuffer(tagged, { mimeType: "audio/mpeg" }, { includeChapters: true, duration: true });
    expect(read.common.title).toBe(TAGS.title);
    expect(read.common.album).toBe(TAGS.show);
    expect(read.common.artist).toBe(TAGS.author);
    expect(read.common.year).toBe(2026);
    expect(read.common.comment?.map((c) => c.text)).toEqual([TAGS.description]);
    expect(read.common.picture).toHaveLength(1);
    const [picture] = read.common.picture ?? [];
    expect(picture?.format).toBe("image/jpeg");
    expect(picture && Buffer.from(picture.data).equals(artwork)).toBe(true);
    // music-metadata gives chapter times in seconds.
    expect(read.format.chapters?.map((c) => [c.title, c.start, c.end])).toEqual(
      TAGS.chapters.map((c) => [c.title, c.startMs / 1000, c.endMs / 1000]),
    );
    expect(read.format.duration).toBeGreaterThan(5.9);

    const id3 = NodeID3.read(tagged);
    expect(id3.title).toBe(TAGS.title);
    expect(id3.album).toBe(TAGS.show);
    expect(id3.year).toBe("2026");
    expect(typeof id3.image === "object" && id3.image.imageBuffer.equals(artwork)).toBe(true);
    expect(id3.chapter?.map((c) => [c.elementID, c.tags?.title, c.startTimeMs, c.endTimeMs])).toEqual([
      ["chp0", "Welcome", 0, 1_500],
      ["chp1", "What sleep does", 1_500, 4_250],
      ["chp2", "Wrap-up", 4_250, 6_000],
    ]);
    expect(id3.tableOfContents).toEqual([
      expect.objectContaining({ elementID: "toc", isOrdered: true, elements: ["chp0", "chp1", "chp2"] }),
    ]);
    // The top-level flag (0x02) on the table of contents, which players look for first.
    const ctoc = tagged.indexOf("CTOC", 0, "latin1");
    expect((tagged[ctoc + 10 + "toc".length + 1] ?? 0) & 0x02).toBe(0x02);
  });

  it("tags again without growing: retagging replaces the previous tag, and no artwork means no picture", async () => {
    const once = tagMp3(mp3, { ...TAGS, artwork: { bytes: artwork, mimeType: "image/jpeg" } });
    const twice = tagMp3(once, { ...TAGS, title: "Renamed", chapters: [] });
    expect(audioOf(twice).equals(audioOf(mp3))).toBe(true);
    const read = await parseBuffer(twice, { mimeType: "audio/mpeg" }, { includeChapters: true });
    expect(read.common.title).toBe("Renamed");
    expect(read.common.picture).toBeUndefined();
    expect(read.format.chapters ?? []).toEqual([]);
  });

  it("writes at most 255 chapters, the last one running to the end of the episode", async () => {
    const chapters = Array.from({ length: 300 }, (_, i) => ({
      title: `Part ${i + 1}`,
      startMs: i * 20,
      endMs: (i + 1) * 20,
    }));
    const tagged = tagMp3(mp3, { ...TAGS, chapters });
    const id3 = NodeID3.read(tagged);
    expect(id3.chapter).toHaveLength(MAX_ID3_CHAPTERS);
    expect(id3.chapter?.at(-1)).toMatchObject({ elementID: "chp254", startTimeMs: 254 * 20, endTimeMs: 6_000 });
    expect(id3.tableOfContents?.[0]?.elements).toHaveLength(MAX_ID3_CHAPTERS);
    expect(audioOf(tagged).equals(audioOf(mp3))).toBe(true);
  });
});
