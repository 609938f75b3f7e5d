// The brief's targets, shown against actuals and used by the assessment and certification.
import { toMoney, type Money } from "@/lib/domain/money";

export const DIMENSION_THRESHOLD = 7.0;
export const OVERALL_TARGET = 8.5;
export const BRAND_TARGET = 9.3;
export const MOS_TARGET = 4.3;

/** Dollars. Stage targets are the brief's averages; `episode` is its per-episode target (not the hard budget). */
export interface CostTargets {
  research: Money;
  content: Money;
  audio: Money;
  episode: Money;
}

export const COST_TARGETS: CostTargets = {
  research: toMoney("1.00"),
  content: toMoney("2.50"),
  audio: toMoney("3.00"),
  episode: toMoney("5.00"),
};
