import { ScoreBars } from "@/components/charts/score-bars";

/**
 * The six dimensions against their thresholds, as the Quality tab and the final gate show them: one that could not
 * be measured reads "not measured", never a failing 0.
 */
export function QualityDimensionBars({
  dimensions,
}: {
  dimensions: { key: string; label: string; score: number; threshold: number; notMeasured?: string }[];
}) {
  return (
    <ScoreBars
      label="Quality dimensions against their thresholds"
      items={dimensions.map((d) => ({
        key: d.key,
        label: d.label,
        value: d.score,
        threshold: d.threshold,
        notMeasured: d.notMeasured,
      }))}
    />
  );
}
