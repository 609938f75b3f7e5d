import { describe, expect, it } from "vitest";
import { RESEARCH_FORMULA, SCRIPT_RESEARCH_FORMULA, scoreResearchAccuracy } from "./research-accuracy";

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
});
