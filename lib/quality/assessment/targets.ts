// The brief's targets, shown against actuals and used by the assessment and certification.

export const DIMENSION_THRESHOLD = 7.0;
export const OVERALL_TARGET = 8.5;
export const BRAND_TARGET = 9.3;
export const MOS_TARGET = 4.3;

/** Dollars. Stage targets are the brief's averages; `episode` is its per-episode target (not the hard budget). */
export interface CostTargets {
  research: number;
  content: number;
  audio: number;
  episode: number;
}

export const COST_TARGETS: CostTargets = { research: 1.0, content: 2.5, audio: 3.0, episode: 5.0 };
