"use client";

import Link from "next/link";
import type { getEpisodeQuality } from "@/lib/episodes/get-episode-quality";
import { Badge } from "@/components/ui/badge";
import type { Jsonify } from "../types";
import { TabState } from "./tab-state";
import { QualityDimensionBars } from "../quality-dimension-bars";
import { UnbackedLines } from "./unbacked-lines";
import { ContentJudge } from "./content-judge";
import { ContentParts } from "./content-parts";
import { useEpisodeData } from "./use-episode-data";
import { describeVerdictOverrides } from "@/lib/domain/effective-verdict";

type Quality = Jsonify<Awaited<ReturnType<typeof getEpisodeQuality>>>;

export function QualityTab({ episodeId, status }: { episodeId: string; status: string }) {
  const { data, isLoading, error } = useEpisodeData<Quality>(episodeId, "quality", status);
  if (!data?.assessment)
    return (
      <TabState
        loading={isLoading}
        error={error}
        empty
        emptyTitle="Not assessed yet"
        emptyText="The six-dimension assessment runs after the audio is validated."
      />
    );
  const { assessment, certification } = data;
  const content = assessment.dimensions.find((d) => d.key === "content-engagement");
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby="dimensions-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline gap-3">
          <h3 id="dimensions-heading" className="font-semibold">
            Six dimensions
          </h3>
          <span className="text-sm text-slate-600">
            overall{" "}
            <span className="text-lg font-semibold tabular-nums text-slate-900">{assessment.overall.toFixed(1)}</span>{" "}
            against the {assessment.overallTarget.toFixed(1)} target
          </span>
          <Badge tone={assessment.passed ? "success" : "danger"}>
            {!assessment.passed
              ? "a dimension is below its threshold"
              : assessment.dimensions.some((d) => d.notMeasured)
                ? "every measured dimension passed"
                : "every dimension passed"}
          </Badge>
        </div>
        <QualityDimensionBars dimensions={assessment.dimensions} />
        {assessment.dimensions
          .filter((d) => d.notMeasured)
          .map((d) => (
            <p key={d.key} className="text-sm text-slate-600" data-testid="not-measured">
              {d.label}: not measured ({d.notMeasured}); left out of the overall.
            </p>
          ))}
        {assessment.verdictOverrides && assessment.verdictOverrides.length > 0 && (
          <p className="text-sm text-amber-800" data-testid="verdict-overrides">
            Research accuracy counts the editor&apos;s verdicts:{" "}
            {describeVerdictOverrides(assessment.verdictOverrides).join("; ")}. See the Research tab.
          </p>
        )}
        {content && <ContentParts inputs={content.inputs} formula={content.formula} />}
        {assessment.scriptFacts.length > 0 && <UnbackedLines statements={assessment.scriptFacts} />}
      </section>
      <section aria-labelledby="formulas-heading" className="space-y-4 text-sm">
        <h3 id="formulas-heading" className="font-semibold">
          Certification
        </h3>
        {certification ? (
          <p>
            <Badge tone={certification.certified ? "success" : "danger"}>
              {certification.certified ? "Certified" : "Not certified"}
            </Badge>{" "}
            {certification.verdict}{" "}
            <Link
              href={`/episodes/${episodeId}/certification`}
              prefetch={false}
              className="text-brand-700 hover:underline"
            >
              Read the certification
            </Link>
          </p>
        ) : (
          <p className="text-slate-500">Made when the final gate is decided.</p>
        )}
        <details>
          <summary className="cursor-pointer font-medium">How each score is computed</summary>
          <dl className="mt-2 space-y-2">
            {assessment.dimensions.map((d) => (
              <div key={d.key}>
                <dt className="font-medium">
                  {d.label} (weight {d.weight})
                </dt>
                <dd className="text-slate-600">{d.formula}</dd>
              </div>
            ))}
          </dl>
        </details>
        {assessment.contentJudge && <ContentJudge result={assessment.contentJudge} />}
      </section>
    </div>
  );
}
