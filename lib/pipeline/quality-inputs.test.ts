import { describe, expect, it } from "vitest";
import type { ContentJudgeResult } from "@/lib/domain/content-judgement";
import type { StageContext } from "./types";
import type { BrandOutput } from "./stages/brand-validator";
import { contentJudgeOf, countCitedKeyPoints } from "./quality-inputs";

const scored: ContentJudgeResult = {
  status: "scored",
  model: "judge-model",
  judgement: {
    engagement: { score: 7, reason: "Real questions." },
    clarity: { score: 8, reason: "Short sentences." },
    accuracy: { score: 9, reason: "Matches the sources." },
  },
};
const brand = { scriptVersionId: "v2", scriptVersion: 2 } as BrandOutput;
const script = { id: "v2", version: 2, segments: [] };
const ctx = (outputs: Partial<StageContext["outputs"]>, current = script) =>
  ({ outputs, script: current }) as Pick<StageContext, "outputs" | "script">;

describe("the content judge's answer the quality gates read", () => {
  it("is the content-judge stage's, on the script going out", () => {
    const outputs = { "content-judge": { scriptVersionId: "v2", scriptVersion: 2, contentJudge: scored } };
    expect(contentJudgeOf(ctx(outputs), brand)).toEqual(scored);
  });

  it("is not passed off as the script's when it read another version (an edit after the judge)", () => {
    const outputs = { "content-judge": { scriptVersionId: "v1", scriptVersion: 1, contentJudge: scored } };
    expect(contentJudgeOf(ctx(outputs), brand)).toEqual({
      status: "failed",
      reason: "The content judge read script version 1, not the version going out (2).",
    });
  });

  it("is the brand score's on rows stored before the judge had its own stage, and absent offline", () => {
    expect(contentJudgeOf(ctx({}), { ...brand, contentJudge: scored })).toEqual(scored);
    expect(
      contentJudgeOf(ctx({ "content-judge": { scriptVersionId: "v2", scriptVersion: 2 } }), brand),
    ).toBeUndefined();
    expect(contentJudgeOf(ctx({}), brand)).toBeUndefined();
  });
});

describe("the key points counted as cited", () => {
  it("leaves out a point whose every source an editor excluded, and one resting on no claim", () => {
    const points = [
      { sourceIds: ["a"], claimIndexes: [0] },
      { sourceIds: ["a", "b"], claimIndexes: [1] },
      { sourceIds: ["b"], claimIndexes: [] },
      { sourceIds: [], claimIndexes: [2] },
    ];
    expect(countCitedKeyPoints(points)).toBe(2);
    expect(countCitedKeyPoints(points, ["a"])).toBe(1);
    expect(countCitedKeyPoints(points, ["a", "b"])).toBe(0);
  });
});
