import type { BrandDimension } from "@/lib/domain/brand-dimensions";

export type { BrandDimension };

/** A rule broken at a place in the script: `lines[line - 1].text.slice(start, end)` is the offending text. */
export interface BrandViolation {
  /** 1-based across the whole script; 0 when the problem has no place (e.g. a ratio over the whole script). */
  line: number;
  /** 0-based segment index, or -1 with line 0. */
  segment: number;
  start: number;
  end: number;
  rule: string;
  text: string;
  dimension: BrandDimension;
}

export interface DimensionScore {
  key: BrandDimension;
  /** 0-10, one decimal. */
  score: number;
  weight: number;
  threshold: number;
  passed: boolean;
  formula: string;
  inputs: Record<string, number>;
}

export interface BrandScore {
  dimensions: DimensionScore[];
  overall: number;
  threshold: number;
  passed: boolean;
  violations: BrandViolation[];
  method: "rules" | "rules+llm-judge";
}

/** What one dimension's rules measured, before weighting and the judge. */
export interface RuleResult {
  score: number;
  formula: string;
  inputs: Record<string, number>;
  violations: BrandViolation[];
}
