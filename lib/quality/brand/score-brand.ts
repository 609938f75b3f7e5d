import type { StageShow } from "@/lib/domain/stage-inputs";
import type { BrandJudgement } from "@/lib/domain/brand-dimensions";
import type { Script } from "@/lib/domain/script";
import { scoreAudience } from "./audience";
import { scoreHumility } from "./humility";
import { scriptLines } from "@/lib/domain/script-lines";
import { toScore } from "./script-lines";
import { scoreStructure } from "./structure";
import { scoreTone } from "./tone";
import type { BrandDimension, BrandScore, DimensionScore, RuleResult } from "./types";
import { scoreVocabulary } from "./vocabulary";

/** Weights of the overall score (sum 1): the show's words first, then how it treats evidence, listener and form. */
export const BRAND_WEIGHTS: Record<BrandDimension, number> = {
  tone: 0.15,
  vocabulary: 0.25,
  humility: 0.2,
  audience: 0.2,
  structure: 0.2,
};
/** With an LLM judge, each dimension = RULES_SHARE × rules + (1 - RULES_SHARE) × judge. */
export const RULES_SHARE = 0.6;

export interface ScoreBrandOptions {
  judge?: BrandJudgement | null;
}

/**
 * The script against the show's brand profile: five rule-based dimensions, each a stated formula over counts, and
 * every rule broken located in the script. An LLM judge, when given, is blended in per dimension.
 */
export function scoreBrand(script: Script, show: StageShow, options: ScoreBrandOptions = {}): BrandScore {
  const lines = scriptLines(script);
  const rules: Record<BrandDimension, RuleResult> = {
    tone: scoreTone(lines, show.tone),
    vocabulary: scoreVocabulary(lines, show.requiredPhrases, show.bannedPhrases),
    humility: scoreHumility(lines, show.humilityMarkers),
    audience: scoreAudience(lines, show.targetReadingGrade),
    structure: scoreStructure(lines, script.segments.length, show.hosts.length, show.requiredPhrases[0]),
  };
  const judged = new Map((options.judge?.scores ?? []).map((s) => [s.dimension, s.score]));
  const dimensions: DimensionScore[] = (Object.keys(BRAND_WEIGHTS) as BrandDimension[]).map((key) => {
    const rule = rules[key];
    const judge = judged.get(key);
    const score = judge === undefined ? rule.score : toScore(RULES_SHARE * rule.score + (1 - RULES_SHARE) * judge);
    return {
      key,
      score,
      weight: BRAND_WEIGHTS[key],
      threshold: show.dimensionThreshold,
      passed: score >= show.dimensionThreshold,
      formula:
        judge === undefined
          ? rule.formula
          : `${RULES_SHARE} × rules + ${1 - RULES_SHARE} × judge; rules = ${rule.formula}`,
      inputs: judge === undefined ? rule.inputs : { ...rule.inputs, rules: rule.score, judge },
    };
  });
  const overall = toScore(dimensions.reduce((sum, d) => sum + d.weight * d.score, 0));
  return {
    dimensions,
    overall,
    threshold: show.brandThreshold,
    passed: overall >= show.brandThreshold && dimensions.every((d) => d.passed),
    violations: Object.values(rules)
      .flatMap((r) => r.violations)
      .sort((a, b) => a.line - b.line || a.start - b.start),
    method: judged.size > 0 ? "rules+llm-judge" : "rules",
  };
}
