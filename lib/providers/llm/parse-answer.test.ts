import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseAnswer } from "./parse-answer";

const schema = z.object({ title: z.string(), points: z.array(z.string()).min(1) });

describe("parseAnswer", () => {
  it("returns the validated value of a valid answer", () => {
    expect(parseAnswer('{"title": "Naps", "points": ["short"]}', schema)).toEqual({
      ok: true,
      value: { title: "Naps", points: ["short"] },
    });
  });

  it("says what is wrong: empty, not JSON, or each violation with its path", () => {
    expect(parseAnswer("  ", schema)).toEqual({ ok: false, problems: "the answer was empty" });
    expect(parseAnswer("Sure! Here it is", schema)).toMatchObject({ problems: /^the answer is not JSON \(/ });
    expect(parseAnswer('{"title": 3, "points": []}', schema)).toEqual({
      ok: false,
      problems:
        "title: Invalid input: expected string, received number; points: Too small: expected array to have >=1 items",
    });
  });

  it("lists at most twelve violations and counts the rest", () => {
    const many = z.array(z.string());
    const answer = JSON.stringify(Array.from({ length: 15 }, (_, i) => i));
    const { problems } = parseAnswer(answer, many) as { problems: string };
    expect(problems.split("; ")).toHaveLength(13);
    expect(problems).toMatch(/^0: Invalid input.*; and 3 more$/);
  });
});
