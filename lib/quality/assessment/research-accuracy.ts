import type { Verdict } from "@/lib/domain/research";
import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";

export interface ResearchMeasurements {
  claimsSupported: number;
  claimsUnsupported: number;
  claimsContradicted: number;
  keyPoints: number;
  keyPointsWithCitations: number;
  /** The script-level fact check's counts (`checkScriptFacts`): absent when no script was checked. */
  scriptFacts?: Record<Verdict, number>;
  /** False when no research ran (the producer supplied the script): only the script's statements can be weighed. */
  researched?: boolean;
  /** Claims counted with an editor's verdict instead of the checker's (absent when none). */
  verdictsOverridden?: number;
  /** Claims counted unsupported because an editor excluded their source (absent when none). */
  claimsOfExcludedSources?: number;
}

export const RESEARCH_FORMULA =
  "10 × (0.6 × supported / judged claims + 0.4 × cited key points / key points) − 2 × contradicted claims";
export const SUPPLIED_SCRIPT_FORMULA =
  "no research ran (the producer supplied the script): 10 × supported / checked script statements − 2 × contradicted script statements";
export const SCRIPT_RESEARCH_FORMULA =
  "10 × (0.5 × supported / checked script statements + 0.2 × supported / judged claims + 0.3 × cited key points / key points) − 2 × contradicted script statements";

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * A contradiction costs twice: it is not supported, and airing it is worse than leaving a gap. When the script was
 * checked, what the listener hears weighs most and only a script line that contradicts a source is penalised: the
 * sources disagreeing among themselves is not the script's fault when it says so.
 */
export function scoreResearchAccuracy(m: ResearchMeasurements): DimensionScore {
  const judged = m.claimsSupported + m.claimsUnsupported + m.claimsContradicted;
  const supportedShare = share(m.claimsSupported, judged);
  const citedShare = share(m.keyPointsWithCitations, m.keyPoints);
  const research = {
    supported: m.claimsSupported,
    unsupported: m.claimsUnsupported,
    contradicted: m.claimsContradicted,
    keyPoints: m.keyPoints,
    keyPointsWithCitations: m.keyPointsWithCitations,
    // Shown with the working, so the score says that an editor changed what it counts.
    ...(m.verdictsOverridden ? { verdictsOverridden: m.verdictsOverridden } : {}),
    ...(m.claimsOfExcludedSources ? { claimsOfExcludedSources: m.claimsOfExcludedSources } : {}),
  };
  const facts = m.scriptFacts;
  if (m.researched === false) {
    // No claims were judged and no brief was written, so their shares would be zeros that measured nothing.
    const checked = facts ? facts.SUPPORTED + facts.UNSUPPORTED + facts.CONTRADICTED : 0;
    if (!facts || checked === 0)
      return {
        score: 0,
        formula: SUPPLIED_SCRIPT_FORMULA,
        inputs: { scriptStatementsChecked: checked },
        notMeasured:
          "no research ran (the producer supplied the script) and no statement of the script could be checked against a source",
      };
    return {
      score: score1(10 * share(facts.SUPPORTED, checked) - 2 * facts.CONTRADICTED),
      formula: SUPPLIED_SCRIPT_FORMULA,
      inputs: {
        scriptStatementsSupported: facts.SUPPORTED,
        scriptStatementsUnsupported: facts.UNSUPPORTED,
        scriptStatementsContradicted: facts.CONTRADICTED,
      },
    };
  }
  if (!facts) {
    return {
      score: score1(10 * (0.6 * supportedShare + 0.4 * citedShare) - 2 * m.claimsContradicted),
      formula: RESEARCH_FORMULA,
      inputs: research,
    };
  }
  const checked = facts.SUPPORTED + facts.UNSUPPORTED + facts.CONTRADICTED;
  return {
    score: score1(
      10 * (0.5 * share(facts.SUPPORTED, checked) + 0.2 * supportedShare + 0.3 * citedShare) - 2 * facts.CONTRADICTED,
    ),
    formula: SCRIPT_RESEARCH_FORMULA,
    inputs: {
      ...research,
      scriptStatementsSupported: facts.SUPPORTED,
      scriptStatementsUnsupported: facts.UNSUPPORTED,
      scriptStatementsContradicted: facts.CONTRADICTED,
    },
  };
}
