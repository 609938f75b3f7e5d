import type { Verdict } from "@/lib/domain/research";

export const VERDICTS: readonly Verdict[] = ["SUPPORTED", "UNSUPPORTED", "CONTRADICTED"];

export interface LabelScores {
  /** confusion[expected][predicted] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  /** Per label: precision = right / predicted, recall = right / expected (null when nothing to divide by). */
  perLabel: Record<Verdict, { precision: number | null; recall: number | null; expected: number; predicted: number }>;
  accuracy: number;
}

/** Precision and recall per verdict and the confusion matrix of predicted against expected labels. */
export function scoreLabels(pairs: readonly { expected: Verdict; predicted: Verdict }[]): LabelScores {
  const row = () => ({ SUPPORTED: 0, UNSUPPORTED: 0, CONTRADICTED: 0 });
  const confusion = { SUPPORTED: row(), UNSUPPORTED: row(), CONTRADICTED: row() };
  for (const p of pairs) confusion[p.expected][p.predicted]++;
  const perLabel = Object.fromEntries(
    VERDICTS.map((v) => {
      const expected = VERDICTS.reduce((n, p) => n + confusion[v][p], 0);
      const predicted = VERDICTS.reduce((n, e) => n + confusion[e][v], 0);
      const right = confusion[v][v];
      return [
        v,
        {
          precision: predicted ? right / predicted : null,
          recall: expected ? right / expected : null,
          expected,
          predicted,
        },
      ];
    }),
  ) as LabelScores["perLabel"];
  const right = VERDICTS.reduce((n, v) => n + confusion[v][v], 0);
  return { confusion, perLabel, accuracy: pairs.length ? right / pairs.length : 0 };
}
