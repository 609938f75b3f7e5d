import { describe, expect, it } from "vitest";
import { toMoney } from "@/lib/domain/money";
import { DIMENSION_WEIGHTS, type QualityAssessment } from "./assess-quality";
import { episode, goodQualityInputs } from "./episode.fixture";

const dim = (a: QualityAssessment, key: string) => a.dimensions.find((d) => d.key === key)!;

describe("assessQuality", () => {
  it("passes every dimension and meets the overall target for a good episode", () => {
    const { assessment } = episode();
    expect(assessment.dimensions.map((d) => [d.key, d.score])).toEqual([
      ["research-accuracy", 9.7],
      ["content-engagement", 9.8],
      ["brand-consistency", 9.5],
      ["speech-readiness", 9.6],
      ["audio-technical", 9.8], // SQI 4.77: L 0.03 + W 0.2
      ["cost-compliance", 10],
    ]);
    expect(assessment).toMatchObject({ passed: true, meetsTarget: true, overallTarget: 8.5 });
  });

  it("weights sum to 1 and overall is the weighted mean", () => {
    expect(Object.values(DIMENSION_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const { assessment } = episode();
    const mean = assessment.dimensions.reduce((s, d) => s + d.weight * d.score, 0);
    expect(assessment.overall).toBe(Math.round(mean * 10) / 10);
  });

  it("leaves coverage out of content when no brief was written, instead of scoring the missing key points as zero", () => {
    const substance = { ...goodQualityInputs.content.substance, keyPoints: 0, keyPointsSpoken: 0 };
    const uncovered = dim(
      episode({ quality: { content: { ...goodQualityInputs.content, substance } } }).assessment,
      "content-engagement",
    );
    const unbriefed = dim(
      episode({ quality: { content: { ...goodQualityInputs.content, substance, briefed: false } } }).assessment,
      "content-engagement",
    );
    expect(uncovered.score).toBeLessThan(7); // a brief's key points all missed is a fault
    expect(unbriefed.inputs.coverage).toBeNull();
    expect(unbriefed.formula).toContain("coverage is left out");
    expect(unbriefed.score).toBeGreaterThanOrEqual(dim(episode().assessment, "content-engagement").score - 0.5);
  });

  it("lowers research accuracy by the formula when one claim is contradicted", () => {
    const clean = dim(episode().assessment, "research-accuracy").score;
    const research = { ...goodQualityInputs.research, claimsSupported: 17, claimsContradicted: 1 };
    const contradicted = dim(episode({ quality: { research } }).assessment, "research-accuracy");
    // 10 × (0.6 × 17/19 + 0.4 × 5/5) − 2 × 1 = 7.37
    expect(contradicted.score).toBe(7.4);
    expect(contradicted.score).toBeLessThan(clean);
    expect(contradicted.inputs.contradicted).toBe(1);
  });

  it("fails cost compliance when the episode is over budget", () => {
    const cost = { ...goodQualityInputs.cost, total: toMoney("6.30"), budget: toMoney("6.00") };
    const { assessment } = episode({ quality: { cost } });
    expect(dim(assessment, "cost-compliance").passed).toBe(false);
    expect(assessment.passed).toBe(false);
  });

  it("reduces cost compliance with the overrun of a stage target while within budget", () => {
    const within = episode({ quality: { cost: { ...goodQualityInputs.cost, research: toMoney("1.10") } } }).assessment;
    const further = episode({ quality: { cost: { ...goodQualityInputs.cost, research: toMoney("1.50") } } }).assessment;
    expect(dim(within, "cost-compliance").score).toBe(9);
    expect(dim(further, "cost-compliance").score).toBe(5);
  });

  it("fails audio technical on a failed check, and does not reward a check that did not run", () => {
    expect(dim(episode({ audio: { integratedLufs: -20 } }).assessment, "audio-technical").passed).toBe(false);
    const noTranscript = dim(episode({ audio: { wer: null } }).assessment, "audio-technical");
    expect(noTranscript.score).toBeLessThan(10);
    expect(noTranscript.inputs.checksNotRun).toBe(1);
  });

  it("scores content lower when the script runs long and repeats itself", () => {
    const content = {
      ...goodQualityInputs.content,
      scriptDurationSec: 840,
      substance: { ...goodQualityInputs.content.substance, nearDuplicates: 8 },
    };
    expect(dim(episode({ quality: { content } }).assessment, "content-engagement").score).toBeLessThan(
      dim(episode().assessment, "content-engagement").score,
    );
  });

  it("honours a per-dimension threshold override", () => {
    const { assessment } = episode({ quality: { thresholds: { "brand-consistency": 9.8 } } });
    expect(dim(assessment, "brand-consistency")).toMatchObject({ threshold: 9.8, passed: false });
  });
});
