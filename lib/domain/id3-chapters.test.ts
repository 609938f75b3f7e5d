import { describe, expect, it } from "vitest";
import { id3Chapters, MAX_ID3_CHAPTERS } from "./id3-chapters";

describe("id3Chapters", () => {
  it("numbers the chapters chp0… and leaves out empty ones", () => {
    expect(
      id3Chapters([
        { title: "Intro", startMs: 0, endMs: 1000 },
        { title: "Empty", startMs: 1000, endMs: 1000 },
        { title: "Body", startMs: 1000, endMs: 2500.4 },
      ]),
    ).toEqual([
      { elementId: "chp0", title: "Intro", startMs: 0, endMs: 1000 },
      { elementId: "chp1", title: "Body", startMs: 1000, endMs: 2500 },
    ]);
  });

  it("folds chapters past the 255th into the last, which ends where the episode's last chapter ends", () => {
    const many = Array.from({ length: 260 }, (_, i) => ({ title: `P${i}`, startMs: i * 10, endMs: i * 10 + 10 }));
    const written = id3Chapters(many);
    expect(written).toHaveLength(MAX_ID3_CHAPTERS);
    expect(written.at(-1)).toEqual({ elementId: "chp254", title: "P254", startMs: 2540, endMs: 2600 });
    expect(id3Chapters(many.slice(0, 255)).at(-1)?.endMs).toBe(2550);
  });
});
