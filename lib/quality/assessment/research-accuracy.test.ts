import { describe, expect, it } from "vitest";
import {
  RESEARCH_FORMULA,
  SCRIPT_RESEARCH_FORMULA,
  scoreResearchAccuracy,
  SUPPLIED_SCRIPT_FORMULA,
} from "./research-accuracy";

const research = {
  claimsSupported: 9,
  claimsUnsupported: 1,
  claimsContradicted: 0,
  keyPoints: 4,
  keyPointsWithCitations: 4,
};

describe("scoreResearchAccuracy", () => {
  it("keeps the claims-only formula when no script was checked", () => {
    const s = scoreResearchAccuracy(research);
    expect(s.formula).toBe(RESEARCH_FORMULA);
    expect(s.score).toBe(9.4);
  });

  it("weighs the script's checked statements and shows them as inputs", () => {
    const s = scoreResearchAccuracy({ ...research, scriptFacts: { SUPPORTED: 8, UNSUPPORTED: 2, CONTRADICTED: 0 } });
    expect(s.formula).toBe(SCRIPT_RESEARCH_FORMULA);
    // 10 × (0.5 × 8/10 + 0.2 × 9/10 + 0.3 × 4/4)
    expect(s.score).toBe(8.8);
    expect(s.inputs).toMatchObject({ scriptStatementsSupported: 8, scriptStatementsUnsupported: 2 });
  });

  it("costs a script line that contradicts a source two points, whatever the research claims say", () => {
    const s = scoreResearchAccuracy({
      ...research,
      scriptFacts: { SUPPORTED: 9, UNSUPPORTED: 0, CONTRADICTED: 1 },
    });
    // 10 × (0.5 × 9/10 + 0.2 × 9/10 + 0.3 × 4/4) − 2 × 1
    expect(s.score).toBe(7.3);
  });

  const noResearch = { claimsSupported: 0, claimsUnsupported: 0, claimsContradicted: 0, keyPoints: 0 };
  it("weighs only the script's statements when no research ran, rather than counting the missing research as zero", () => {
    const s = scoreResearchAccuracy({
      ...noResearch,
      keyPointsWithCitations: 0,
      researched: false,
      scriptFacts: { SUPPORTED: 3, UNSUPPORTED: 1, CONTRADICTED: 0 },
    });
    expect(s).toMatchObject({ score: 7.5, formula: SUPPLIED_SCRIPT_FORMULA });
    expect(s.notMeasured).toBeUndefined();
    const contradicted = scoreResearchAccuracy({
      ...noResearch,
      keyPointsWithCitations: 0,
      researched: false,
      scriptFacts: { SUPPORTED: 3, UNSUPPORTED: 0, CONTRADICTED: 1 },
    });
    expect(contradicted.score).toBe(5.5); // 10 × 3/4 − 2
  });

  it("says research accuracy was not measured when no research ran and no statement could be checked", () => {
    for (const scriptFacts of [undefined, { SUPPORTED: 0, UNSUPPORTED: 0, CONTRADICTED: 0 }]) {
      const s = scoreResearchAccuracy({ ...noResearch, keyPointsWithCitations: 0, researched: false, scriptFacts });
      expect(s.notMeasured).toMatch(/no research ran \(the producer supplied the script\)/);
    }
  });
});
