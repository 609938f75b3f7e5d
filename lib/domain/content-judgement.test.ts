import { describe, expect, it } from "vitest";
import {
  contentJudgeResultSchema,
  contentJudgementSchema,
  MAX_JUDGE_MODEL_CHARS,
  MAX_JUDGE_REASON_CHARS,
  MAX_RUBRIC_REASON_CHARS,
} from "./content-judgement";

const item = (reason: string) => ({ score: 7, reason });
const judgement = (reason: string) => ({ engagement: item(reason), clarity: item("Clear."), accuracy: item("Right.") });

describe("the content judge's result as stored", () => {
  it("reads a result within its bounds", () => {
    const scored = {
      status: "scored",
      model: "m".repeat(MAX_JUDGE_MODEL_CHARS),
      judgement: judgement("r".repeat(240)),
    };
    expect(contentJudgeResultSchema.parse(scored)).toEqual(scored);
    const failed = { status: "failed", reason: "x".repeat(MAX_JUDGE_REASON_CHARS) };
    expect(contentJudgeResultSchema.parse(failed)).toEqual(failed);
  });

  it("refuses a stored model name, rubric reason or failure reason past its bound", () => {
    const long = (n: number) => "x".repeat(n + 1);
    const refused = [
      { status: "scored", model: long(MAX_JUDGE_MODEL_CHARS), judgement: judgement("Fine.") },
      { status: "scored", model: "m", judgement: judgement(long(MAX_RUBRIC_REASON_CHARS)) },
      { status: "failed", reason: long(MAX_JUDGE_REASON_CHARS) },
    ];
    for (const result of refused) expect(contentJudgeResultSchema.safeParse(result).success).toBe(false);
  });

  it("asks the model with no string bound (strict JSON-schema modes refuse one): the answer is cut after", () => {
    expect(contentJudgementSchema.safeParse(judgement("x".repeat(5_000))).success).toBe(true);
  });
});
