import { describe, expect, it } from "vitest";
import { toMoney } from "@/lib/domain/money";
import { certifyProduction } from "./certify";
import { approvedGates, episode, goodQualityInputs } from "./episode.fixture";

const certify = (changes: Parameters<typeof episode>[0] = {}) => certifyProduction(episode(changes).certification);

describe("certifyProduction", () => {
  it("lists a dimension nothing could measure as not measured, with a warning saying why, and no blocker", () => {
    const research = {
      claimsSupported: 0,
      claimsUnsupported: 0,
      claimsContradicted: 0,
      keyPoints: 0,
      keyPointsWithCitations: 0,
      researched: false,
    };
    const { assessment, certification } = episode({ quality: { research } });
    const measured = assessment.dimensions.filter((d) => d.key !== "research-accuracy");
    // The overall is the mean of the five measured dimensions, renormalised over their weights.
    const mean = measured.reduce((s, d) => s + d.weight * d.score, 0) / measured.reduce((s, d) => s + d.weight, 0);
    expect(assessment.overall).toBe(Math.round(mean * 10) / 10);
    expect(assessment.passed).toBe(true);
    const c = certifyProduction(certification);
    expect(c.blockers).toEqual([]);
    expect(c.warnings).toContain(
      "Research accuracy not measured: no research ran (the producer supplied the script) and no statement of the script could be checked against a source.",
    );
    expect(c.sections[1]!.items.find((i) => i.label === "Research accuracy")).toMatchObject({
      value: "not measured",
      passed: null,
    });
  });

  it("certifies a good episode and lists every gate, score, measurement and cost", () => {
    const c = certify();
    expect(c.blockers).toEqual([]);
    expect(c.certified).toBe(true);
    expect(c.verdict).toMatch(/certified ready to publish/);
    expect(c.sections.map((s) => s.title)).toEqual(["Gates", "Quality", "Audio", "Costs"]);
    const gates = c.sections[0]!.items;
    expect(gates).toHaveLength(2);
    expect(gates[0]!.value).toBe("APPROVED by edith@example.com at 2026-01-05T10:00:00.000Z “Tight.”");
    expect(c.sections[1]!.items.map((i) => i.label)).toContain("Brand score");
    expect(c.sections[2]!.items.find((i) => i.label === "Integrated loudness")).toMatchObject({
      value: "-16.1",
      passed: true,
    });
    expect(c.sections[3]!.items.find((i) => i.label === "Total vs budget")).toMatchObject({
      value: "$4.80",
      threshold: "≤ $6.00 budget",
    });
  });

  it.each([
    [
      "loudness at -20 LUFS",
      { audio: { integratedLufs: -20 } },
      /Audio integrated loudness failed: -20.0 LUFS is 4.0 LU too quiet/,
    ],
    ["true peak at -0.2 dBTP", { audio: { truePeakDbtp: -0.2 } }, /Audio true peak failed: True peak -0.2 dBTP/],
    ["a 5 s gap", { audio: { longestSilenceSec: 5 } }, /Audio dead air failed: A 5.0 s silence/],
    ["WER 0.4", { audio: { wer: 0.4 } }, /Audio audio says the script \(wer\) failed: Word error rate 40%/],
    [
      "duration 40% over plan",
      { audio: { durationSec: 840 } },
      /Audio duration vs plan failed: 840 s is \+40% vs the planned 600 s/,
    ],
  ] as const)("blocks %s", (_, changes, blocker) => {
    const c = certify(changes);
    expect(c.certified).toBe(false);
    expect(c.blockers).toEqual(expect.arrayContaining([expect.stringMatching(blocker)]));
  });

  it("blocks an over-budget episode on the budget and on cost compliance", () => {
    const c = certify({ quality: { cost: { ...goodQualityInputs.cost, total: toMoney("6.30") } } });
    expect(c.certified).toBe(false);
    expect(c.blockers).toContain("Cost $6.30 is over the episode budget $6.00.");
    expect(c.blockers).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Cost compliance scored \d\.\d, below its threshold 7\.0/)]),
    );
  });

  it("blocks brand below 9.3 even though the brand dimension passes 7.0", () => {
    const c = certify({ quality: { brandOverall: 9.0 } });
    expect(c.blockers).toEqual(["Brand consistency 9.0 is below the brand target 9.3."]);
  });

  it("blocks until the final gate is approved, going by its latest decision", () => {
    const pending = { ...approvedGates[1]!, status: "PENDING" as const, decidedBy: null, decidedAt: null };
    expect(certify({ certification: { gates: [approvedGates[0]!, pending] } }).blockers).toEqual([
      "The final gate is pending, not approved.",
    ]);
    expect(certify({ certification: { gates: [approvedGates[0]!] } }).blockers).toEqual([
      "The final gate has not been opened.",
    ]);
    const rejectedThenApproved = [{ ...approvedGates[1]!, status: "REJECTED" as const }, approvedGates[1]!];
    expect(certify({ certification: { gates: rejectedThenApproved } }).certified).toBe(true);
    // The readiness check made before the final gate opens lists the gate without blocking on it.
    expect(certify({ certification: { gates: [approvedGates[0]!], finalGateRequired: false } }).certified).toBe(true);
  });

  it("blocks a missing WER when a transcriber is configured, and only warns when none is by configuration", () => {
    const configured = certify({ audio: { wer: null } });
    expect(configured.blockers).toEqual([expect.stringMatching(/^Audio audio says the script \(wer\) was not run/)]);
    const unavailable = certify({ audio: { wer: null }, certification: { transcription: "unavailable" } });
    expect(unavailable.certified).toBe(true);
    expect(unavailable.warnings).toEqual([expect.stringMatching(/^WER not run/)]);
    expect(unavailable.sections[2]!.items.find((i) => i.label.includes("WER"))).toMatchObject({
      value: "not measured",
      passed: null,
    });
  });

  it("blocks a failed quality dimension by name", () => {
    const research = { ...goodQualityInputs.research, claimsSupported: 16, claimsContradicted: 2 };
    expect(certify({ quality: { research } }).blockers).toEqual([
      "Research accuracy scored 5.1, below its threshold 7.0.",
    ]);
  });

  it("reports MOS only when a MOS model is configured, and blocks below 4.3", () => {
    const none = certify().sections[2]!.items.find((i) => i.label.startsWith("MOS"));
    expect(none).toMatchObject({ value: "not reported (no MOS model configured)", passed: null });
    const low = certify({ certification: { mos: { score: 4.1, model: "utmos" } } });
    expect(low.blockers).toEqual(["MOS 4.10 (utmos) is below 4.3."]);
  });

  it("warns, without blocking, on a stage over its cost target but within budget", () => {
    const c = certify({ quality: { cost: { ...goodQualityInputs.cost, audio: toMoney("3.05") } } });
    expect(c.certified).toBe(true);
    expect(c.warnings).toContain("Audio cost $3.05 is over its $3.00 target.");
  });
});
