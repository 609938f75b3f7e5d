import { describe, expect, it } from "vitest";
import { MAX_JUDGE_PASSAGES, selectJudgePassages } from "./select-judge-passages";
import { judgeContentInputSchema } from "@/lib/providers/writer/schemas";

const filler = (n: number) => "Other matters. ".repeat(n);
const sources = [
  { id: "a", content: `${filler(100)}Sleep raised recall by 20 percent in 48 students. ${filler(100)}` },
  { id: "b", content: `${filler(50)}Naps of 20 minutes restored alertness.` },
  { id: "c", content: filler(200) },
];
const cited = { sourceId: "a", quote: "Sleep raised recall by 20 percent in 48 students.", start: 1_500 };
const evidence = { sourceId: "b", quote: "Naps of 20 minutes restored alertness." };

describe("what the content judge reads of the sources", () => {
  it("puts the cited passages first, then the script's evidence, then shares what is left between the openings", () => {
    const passages = selectJudgePassages({ sources, cited: [cited], evidence: [evidence] }, 600);
    expect(passages.slice(0, 2)).toEqual([
      { sourceId: "a", text: cited.quote, start: 1_500 },
      { sourceId: "b", text: evidence.quote, start: 750 },
    ]);
    const left = 600 - cited.quote.length - evidence.quote.length;
    expect(passages.slice(2).map((p) => [p.sourceId, p.start, p.text.length])).toEqual([
      ["a", 0, Math.floor(left / 3)],
      ["b", 0, Math.floor(left / 3)],
      ["c", 0, Math.floor(left / 3)],
    ]);
    expect(passages.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(600);
  });

  it("shows each passage once, finds a quote whose given start is wrong, and drops one its source does not hold", () => {
    const passages = selectJudgePassages(
      {
        sources,
        cited: [cited, { ...cited, start: 3 }],
        evidence: [
          { sourceId: "a", quote: cited.quote },
          { sourceId: "c", quote: "Words c never says." },
        ],
      },
      200,
    );
    expect(passages.filter((p) => p.text === cited.quote)).toEqual([
      { sourceId: "a", text: cited.quote, start: 1_500 },
    ]);
    expect(passages.some((p) => p.text.includes("never says"))).toBe(false);
  });

  it("never passes its budget: a passage that does not fit is left out", () => {
    const passages = selectJudgePassages({ sources, cited: [cited], evidence: [evidence] }, 45);
    expect(passages[0]).toEqual({ sourceId: "b", text: evidence.quote, start: 750 });
    expect(passages.some((p) => p.text === cited.quote)).toBe(false);
    expect(passages.reduce((n, p) => n + p.text.length, 0)).toBeLessThanOrEqual(45);
  });

  it("gives the judge no more passages than its input takes, keeping an opening for every source", () => {
    const many = Array.from({ length: 30 }, (_, n) => ({
      id: `s${n}`,
      content: `Sentence ${n} of its own. `.repeat(40),
    }));
    const quotes = many.flatMap((s) =>
      Array.from({ length: 10 }, (_, k) => ({ sourceId: s.id, quote: s.content.slice(k * 25, k * 25 + 24) })),
    );
    const passages = selectJudgePassages({ sources: many, cited: quotes, evidence: [] });
    expect(passages).toHaveLength(MAX_JUDGE_PASSAGES);
    expect(passages.filter((p) => p.start === 0 && p.text.length > 24)).toHaveLength(30);
    expect(judgeContentInputSchema.shape.passages.safeParse(passages).success).toBe(true);
  });
});
