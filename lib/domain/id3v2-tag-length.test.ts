import { describe, expect, it } from "vitest";
import { leadingId3v2Length } from "./id3v2-tag-length";

const header = (version: number, flags: number, size: number) =>
  Uint8Array.from([
    0x49,
    0x44,
    0x33,
    version,
    0,
    flags,
    (size >> 21) & 127,
    (size >> 14) & 127,
    (size >> 7) & 127,
    size & 127,
  ]);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const AUDIO = Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 1, 2, 3]);

describe("leadingId3v2Length", () => {
  it("is 0 for audio without a tag, and the tag's size (syncsafe, header included) with one", () => {
    expect(leadingId3v2Length(AUDIO)).toBe(0);
    expect(leadingId3v2Length(concat(header(3, 0, 200), new Uint8Array(200), AUDIO))).toBe(210);
  });

  it("counts stacked tags and a v2.4 footer", () => {
    const first = concat(header(4, 0x10, 5), new Uint8Array(5), new Uint8Array(10));
    const second = concat(header(3, 0, 1), new Uint8Array(1));
    expect(leadingId3v2Length(concat(first, second, AUDIO))).toBe(25 + 11);
  });

  it("stops at an invalid header and at the end of a file whose tag claims more bytes than it has", () => {
    const bad = header(3, 0, 10);
    bad[6] = 0x80;
    expect(leadingId3v2Length(concat(bad, AUDIO))).toBe(0);
    expect(leadingId3v2Length(concat(header(3, 0, 1000), AUDIO))).toBe(17);
  });
});
