import { describe, expect, it } from "vitest";
import type { JudgeClaimsInput, SynthesizeInput } from "../schemas";
import { enforceBrief } from "./enforce-brief";
import { enforceJudgements } from "./enforce-judgements";

const ID = "cmx72h18t0000abcd1234efgh";
const QUOTE = "A full night of sleep improved recall by 20 percent.";

describe("a hosted model's text never names a source by id", () => {
  it("in a verdict's reason", () => {
    const input = {
      claims: [{ text: "Sleep improved recall by 20 percent.", sourceId: ID, quote: QUOTE }],
      passages: [{ sourceId: ID, text: QUOTE, start: 0 }],
    } as unknown as JudgeClaimsInput;
    const out = enforceJudgements(
      {
        judgements: [
          { claimIndex: 0, verdict: "SUPPORTED", confidence: 0.9, evidence: [], reason: `Stated in source ${ID}.` },
        ],
      },
      input,
    );
    expect(out.judgements[0]!.reason).toBe("Stated in the source.");
    const titled = enforceJudgements(
      {
        judgements: [
          { claimIndex: 0, verdict: "SUPPORTED", confidence: 0.9, evidence: [], reason: `Stated in source ${ID}.` },
        ],
      },
      { ...input, sourceTitles: { [ID]: "Sleep study 2019" } },
    );
    expect(titled.judgements[0]!.reason).toBe("Stated in “Sleep study 2019”.");
  });

  it("in the brief's points, questions and cautions", () => {
    const input = {
      claims: [
        { text: "t", sourceId: ID, quote: QUOTE, verdict: "SUPPORTED", confidence: 1, evidence: [], reason: "r" },
      ],
    } as unknown as SynthesizeInput;
    const out = enforceBrief(
      {
        keyPoints: [{ text: `Recall improved (source ${ID}).`, claimIndexes: [0], sourceIds: [] }],
        openQuestions: [`Does ${ID} hold for older adults?`],
        uncertainty: [`The sample in ${ID} was small.`],
      },
      input,
    );
    expect(JSON.stringify(out)).not.toContain(`(source ${ID})`);
    expect(out.keyPoints[0]!.text).toBe("Recall improved (the source).");
    expect(out.openQuestions).toEqual(["Does the source hold for older adults?"]);
    expect(out.uncertainty).toEqual(["The sample in the source was small."]);
    expect(out.keyPoints[0]!.sourceIds).toEqual([ID]);
  });
});
