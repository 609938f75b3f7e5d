import { describe, expect, it } from "vitest";
import { spokenSeconds } from "./spoken-length";

describe("spokenSeconds", () => {
  it("runs a script's words at 150 a minute, across its segments", () => {
    const line = (words: number) => ({ speaker: "Maya", text: Array(words).fill("word").join(" ") });
    expect(
      spokenSeconds({
        segments: [
          { title: "A", lines: [line(100)] },
          { title: "B", lines: [line(50)] },
        ],
      }),
    ).toBe(60);
    expect(spokenSeconds({ segments: [{ title: "A", lines: [line(5)] }] })).toBe(2);
  });
});
