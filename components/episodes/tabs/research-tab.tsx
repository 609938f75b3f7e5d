"use client";

import { useState } from "react";
import type { EpisodeStatus } from "@/lib/domain/episode-statuses";
import { researchControlRefusal } from "@/lib/domain/research-control";
import type { getEpisodeResearch } from "@/lib/episodes/get-episode-research";
import type { ReassessmentStatus } from "@/lib/episodes/reassessment-status";
import { ClaimVerdict, VerdictBadge } from "../research/claim-verdict";
import { SourceList } from "../research/source-list";
import { ReassessmentNote } from "../research/reassessment-note";
import type { Jsonify } from "../types";
import { TabState } from "./tab-state";
import { useEpisodeData } from "./use-episode-data";

type Research = Jsonify<Awaited<ReturnType<typeof getEpisodeResearch>>> & { reassessment: ReassessmentStatus };
const VERDICTS = ["ALL", "SUPPORTED", "UNSUPPORTED", "CONTRADICTED", "PENDING"] as const;

export function ResearchTab({ episodeId, status, canEdit }: { episodeId: string; status: string; canEdit: boolean }) {
  const { data, isLoading, error } = useEpisodeData<Research>(
    episodeId,
    "research",
    status,
    (d) => d.reassessment.state === "pending",
  );
  const [verdict, setVerdict] = useState<(typeof VERDICTS)[number]>("ALL");
  const state = (
    <TabState
      loading={isLoading}
      error={error}
      empty={!data?.claims.length && !data?.brief}
      emptyTitle="No research yet"
      emptyText="Claims appear here once the deep-dive stage has read the sources."
    />
  );
  if (!data || (!data.claims.length && !data.brief)) return state;
  // Claims are filtered and counted by the verdict that counts: an editor's, or the checker's when none.
  const shown = data.claims.filter((c) => verdict === "ALL" || c.effective.verdict === verdict);
  // The server refuses changes while the pipeline writes or once the episode is decided; the controls say so first.
  const refusal = canEdit ? researchControlRefusal(status as EpisodeStatus) : null;
  const canControl = canEdit && !refusal;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <section aria-labelledby="claims-heading">
        <ReassessmentNote episodeId={episodeId} status={data.reassessment} />
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h3 id="claims-heading" className="font-semibold">
            Claims ({data.claims.length})
          </h3>
          <div role="group" aria-label="Filter by verdict" className="flex flex-wrap gap-1">
            {VERDICTS.map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={verdict === v}
                onClick={() => setVerdict(v)}
                className={`rounded-full border px-2.5 py-0.5 text-xs ${verdict === v ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 text-slate-600 hover:bg-slate-50"}`}
              >
                {v === "ALL" ? "All" : v.charAt(0) + v.slice(1).toLowerCase()} (
                {v === "ALL" ? data.claims.length : data.claims.filter((c) => c.effective.verdict === v).length})
              </button>
            ))}
          </div>
        </div>
        {refusal && (
          <p className="mb-3 text-xs text-slate-500" data-testid="research-control-refusal">
            {refusal}
          </p>
        )}
        {shown.length === 0 ? (
          <p className="text-sm text-slate-500">No claims with this verdict.</p>
        ) : (
          <ol className="space-y-3" data-testid="claims">
            {shown.map((c) => (
              <li
                key={c.id}
                className="rounded-md border border-slate-200 p-3 text-sm"
                data-verdict={c.effective.verdict}
                data-checker-verdict={c.verdict}
              >
                <div className="flex items-start justify-between gap-3">
                  <p className="font-medium">{c.text}</p>
                  <VerdictBadge verdict={c.effective.verdict} />
                </div>
                <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-slate-600">“{c.quote}”</blockquote>
                <p className="mt-1 text-xs text-slate-500">
                  {c.source.url ? (
                    <a href={c.source.url} className="hover:underline" rel="noreferrer noopener" target="_blank">
                      {c.source.title}
                    </a>
                  ) : (
                    c.source.title
                  )}
                  {c.confidence !== null && ` · confidence ${Math.round(c.confidence * 100)}%`}
                </p>
                {c.evidence?.reason && <p className="mt-1 text-xs text-slate-600">Why: {c.evidence.reason}</p>}
                <ClaimVerdict
                  episodeId={episodeId}
                  claimId={c.id}
                  checker={c.verdict}
                  effective={c.effective}
                  overriddenBy={c.overriddenBy}
                  override={c.overrideVerdict ? { verdict: c.overrideVerdict, reason: c.overrideReason ?? "" } : null}
                  canOverride={canControl}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="space-y-6">
        <SourceList episodeId={episodeId} sources={data.sources} canExclude={canControl} />
        <section aria-labelledby="brief-heading" className="space-y-4 text-sm">
          <h3 id="brief-heading" className="font-semibold">
            Brief
          </h3>
          {!data.brief ? (
            <p className="text-slate-500">The brief is written after every claim is validated.</p>
          ) : (
            <>
              <div>
                <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Key points</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {data.brief.keyPoints.map((k, i) => (
                    <li key={i}>
                      {k.text}{" "}
                      <span className="text-xs text-slate-500">
                        (claims {k.claimIndexes.map((n) => n + 1).join(", ")})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
              {data.brief.uncertainty.length > 0 && (
                <div>
                  <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Say with humility</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {data.brief.uncertainty.map((u, i) => (
                      <li key={i}>{u}</li>
                    ))}
                  </ul>
                </div>
              )}
              {data.brief.openQuestions.length > 0 && (
                <div>
                  <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Open questions</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-5">
                    {data.brief.openQuestions.map((q, i) => (
                      <li key={i}>{q}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
