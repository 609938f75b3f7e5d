/** One dimension's score with the formula and the inputs it was computed from, so the UI can show the working. */
export interface DimensionScore {
  score: number;
  formula: string;
  inputs: Record<string, number | null>;
  /** Why nothing could be measured: the score is then no measure (0), left out of the overall and of the blockers. */
  notMeasured?: string;
}
