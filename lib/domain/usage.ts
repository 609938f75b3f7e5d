import type Decimal from "decimal.js";

/** What one provider call used, in the unit its price is quoted in. */
export interface Usage {
  provider: string;
  model: string;
  unit: string;
  quantity: Decimal.Value;
}
