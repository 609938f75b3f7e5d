import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentJudgeResult } from "@/lib/domain/content-judgement";
import { combineContentJudge, JUDGE_WEIGHT } from "./combine-content-judge";
import type { DimensionScore } from "./dimension";
import { assessCalibrationContent } from "./calibration/assess-calibration";
import { CALIBRATION_SCRIPTS } from "./calibration/scripts";

const measured = (score: number): DimensionScore => ({ score, formula: "measured parts", inputs: { coverage: 1 } });
const judged = (engagement: number, clarity: number, accuracy: number): ContentJudgeResult => ({
  status: "scored",
  model: "qwen2.5:7b",
  judgement: {
    engagement: { score: engagement, reason: "r" },
    clarity: { score: clarity, reason: "r" },
    accuracy: { score: accuracy, reason: "r" },
  },
});

describe("combining the LLM content judge with the measured parts", () => {
  it("weighs the rubric 30% and shows every figure it used", () => {
    expect(JUDGE_WEIGHT).toBe(0.3);
    const content = combineContentJudge(measured(9), judged(6, 7, 8), 7);
    expect(content.score).toBe(8.4); // 0.7 × 9 + 0.3 × 7
    expect(content.inputs).toMatchObject({
      coverage: 1,
      measured: 9,
      judgeEngagement: 6,
      judgeClarity: 7,
      judgeAccuracy: 8,
      judgeRubric: 7,
    });
    expect(content.formula).toMatch(/^0\.7 × measured \+ 0\.3 × rubric.*measured = measured parts$/);
  });

  it("can lower a passing script below the threshold, but never lifts a measured fault", () => {
    expect(combineContentJudge(measured(7.5), judged(3, 4, 2), 7).score).toBe(6.2);
    expect(combineContentJudge(measured(5), judged(10, 10, 10), 7).score).toBe(5);
    expect(combineContentJudge(measured(5), judged(2, 2, 2), 7).score).toBe(4.1);
  });

  it("leaves the measured score alone offline and when the judge failed", () => {
    expect(combineContentJudge(measured(8.8), undefined, 7)).toEqual(measured(8.8));
    expect(combineContentJudge(measured(8.8), { status: "failed", reason: "invalid answer" }, 7)).toEqual(
      measured(8.8),
    );
  });

  it("on the calibration scripts, keeps the natural one passing and every faulty one failing, whatever the judge says", () => {
    const dir = path.join(process.cwd(), "bench/sources");
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => readFileSync(path.join(dir, f), "utf8"));
    for (const script of CALIBRATION_SCRIPTS) {
      const content = assessCalibrationContent(script, sources);
      // A fair judge of the natural script, and a judge fooled into praising the bad ones.
      const combined = combineContentJudge(content, judged(9, 9, 9), 7).score;
      if (script.fault === "none") expect(combined, script.key).toBeGreaterThanOrEqual(8);
      else expect(combined, script.key).toBeLessThan(7);
    }
  });
});
