"use client";

import { useQueryClient } from "@tanstack/react-query";
import { diffArrays } from "diff";
import { useMemo, useState } from "react";
import type { getEpisodeScripts } from "@/lib/episodes/get-episode-scripts";
import type { BrandViolation } from "@/lib/quality/brand/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ScoreBars } from "@/components/charts/score-bars";
import { ScriptEditor } from "../script/script-editor";
import type { Jsonify } from "../types";
import { TabState } from "./tab-state";
import { useEpisodeData } from "./use-episode-data";
import { LineCommentsBeside } from "../script/line-comments-beside";
import { LineNumberButton } from "../script/line-number-button";
import { useLineComments } from "../script/use-line-comments";

type ScriptsJson = Jsonify<Awaited<ReturnType<typeof getEpisodeScripts>>>;
type Version = NonNullable<ScriptsJson["current"]>;
type Segments = Version["segments"];

/** A line's text with each located violation marked, labelled by its rule (overlaps keep the first). */
function Marked({ text, violations }: { text: string; violations: BrandViolation[] }) {
  const spans = violations.filter((v) => v.end > v.start).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const v of spans) {
    if (v.start < at) continue;
    parts.push(text.slice(at, v.start));
    parts.push(
      <mark
        key={`${v.start}-${v.rule}`}
        className="rounded bg-amber-100 px-0.5 text-inherit underline decoration-amber-500 decoration-wavy"
        title={`${v.rule}: ${v.text}`}
        data-rule={v.rule}
      >
        {text.slice(v.start, v.end)}
        <span className="sr-only">
          {" "}
          (brand rule {v.rule}: {v.text})
        </span>
      </mark>,
    );
    at = v.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

const flat = (segments: Segments) => segments.flatMap((s) => s.lines.map((l) => `${l.speaker}: ${l.text}`));

function VersionDiff({ from, to }: { from: Version; to: Version }) {
  const changes = useMemo(() => diffArrays(flat(from.segments), flat(to.segments)), [from, to]);
  const changed = changes.some((c) => c.added || c.removed);
  return (
    <div className="rounded-md border border-slate-200 p-3 text-sm" data-testid="script-diff">
      <p className="mb-2 text-xs text-slate-500">
        v{from.version} → v{to.version}: {changes.filter((c) => c.added).reduce((n, c) => n + c.count, 0)} line(s)
        added, {changes.filter((c) => c.removed).reduce((n, c) => n + c.count, 0)} removed
      </p>
      {!changed && <p className="text-slate-500">The two versions are the same.</p>}
      {changes.map((c, i) =>
        c.added || c.removed ? (
          c.value.map((line, j) => (
            <p
              key={`${i}-${j}`}
              className={c.added ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900 line-through"}
            >
              <span aria-hidden>{c.added ? "+ " : "− "}</span>
              <span className="sr-only">{c.added ? "added: " : "removed: "}</span>
              {line}
            </p>
          ))
        ) : c.count > 0 ? (
          <p key={i} className="text-xs text-slate-400">
            … {c.count} unchanged line(s) …
          </p>
        ) : null,
      )}
    </div>
  );
}

export function ScriptTab({ episodeId, status, canEdit }: { episodeId: string; status: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<number | null>(null);
  // One version in full at a time (and the one before it, to compare), with a page of the others' numbers.
  const { data, isLoading, error } = useEpisodeData<ScriptsJson>(
    episodeId,
    selected ? `script?version=${selected}` : "script",
    status,
  );
  const [editing, setEditing] = useState(false);
  const [compare, setCompare] = useState(false);
  const versions = data?.versions ?? [];
  const current = data?.current;
  const latestShown = !!current && current.version === versions[0]?.version;
  const lineComments = useLineComments(
    episodeId,
    current?.version ?? null,
    status,
    canEdit && status === "AWAITING_SCRIPT_APPROVAL" && latestShown,
  );
  if (!current || !versions.length)
    return (
      <TabState
        loading={isLoading}
        error={error}
        empty
        emptyTitle="No script yet"
        emptyText="The script appears here once the writer has drafted it from the brief."
      />
    );
  const previous = data.previous;
  const open = status === "AWAITING_SCRIPT_APPROVAL" && current.version === versions[0]!.version;
  const byLine = new Map<number, BrandViolation[]>();
  for (const v of current.brand?.violations ?? []) byLine.set(v.line, [...(byLine.get(v.line) ?? []), v]);
  const unplaced = (current.brand?.violations ?? []).filter((v) => v.line === 0);
  // Lines are numbered across the whole script, as the brand validator locates them.
  const firstLineOf = current.segments.map((_, s) =>
    current.segments.slice(0, s).reduce((n, seg) => n + seg.lines.length, 1),
  );
  const lineCount = current.segments.reduce((n, seg) => n + seg.lines.length, 0);

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <section aria-label="Script" className="space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <label className="text-sm">
            <span className="sr-only">Version</span>
            <select
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={current.version}
              onChange={(e) => {
                setSelected(Number(e.target.value));
                setEditing(false);
              }}
              aria-label="Script version"
            >
              {versions.map((v) => (
                <option key={v.id} value={v.version}>
                  v{v.version} · {v.authorKind === "USER" ? (v.author?.name ?? "an editor") : "writer"} ·{" "}
                  {new Date(v.createdAt).toLocaleString("en")}
                </option>
              ))}
            </select>
          </label>
          {previous && (
            <Button variant="secondary" size="sm" aria-pressed={compare} onClick={() => setCompare((c) => !c)}>
              {compare ? "Hide changes" : `Compare with v${previous.version}`}
            </Button>
          )}
          {canEdit && open && !editing && (
            <Button size="sm" onClick={() => setEditing(true)}>
              Edit script
            </Button>
          )}
        </div>
        {current.note && <p className="text-sm text-slate-600">{current.note}</p>}
        {compare && previous && <VersionDiff from={previous} to={current} />}
        {editing ? (
          <ScriptEditor
            episodeId={episodeId}
            initial={current.segments}
            hosts={data.hosts}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSelected(null);
              void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });
            }}
          />
        ) : (
          <div className="space-y-4 text-sm" data-testid="script-lines">
            {current.segments.map((seg, s) => (
              <section key={s}>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{seg.title}</h3>
                {seg.lines.map((line, l) => {
                  const lineNo = firstLineOf[s]! + l;
                  const marks = byLine.get(lineNo) ?? [];
                  return [
                    <p
                      key={l}
                      // On a phone the speaker stands above the text, so the text keeps the width.
                      className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 py-0.5 sm:grid-cols-[2rem_7rem_minmax(0,1fr)]"
                    >
                      <LineNumberButton n={lineNo} lines={lineComments} />
                      <span className="font-semibold" data-testid="line-speaker">
                        {line.speaker}
                      </span>
                      <span className="col-start-2 sm:col-start-auto">
                        <Marked text={line.text} violations={marks} />
                        {marks.some((m) => m.end <= m.start) && (
                          <span className="ml-1 text-xs text-amber-700">
                            ⚑{" "}
                            {marks
                              .filter((m) => m.end <= m.start)
                              .map((m) => m.text)
                              .join("; ")}
                          </span>
                        )}
                      </span>
                    </p>,
                    <LineCommentsBeside key={`comments-${l}`} n={lineNo} lines={lineComments} lineCount={lineCount} />,
                  ];
                })}
              </section>
            ))}
          </div>
        )}
      </section>
      <aside className="space-y-4 text-sm" aria-label="Brand score">
        <h3 className="font-semibold">Brand score of v{current.version}</h3>
        {!current.brand ? (
          <p className="text-slate-500">This version has not been scored.</p>
        ) : (
          <>
            <p>
              <span className="text-2xl font-semibold tabular-nums">{current.brand.overall.toFixed(1)}</span>{" "}
              <span className="text-slate-500">against {current.brand.threshold.toFixed(1)}</span>{" "}
              <Badge tone={current.brand.passed ? "success" : "danger"}>
                {current.brand.passed ? "passed" : "below threshold"}
              </Badge>
            </p>
            <ScoreBars
              label="Brand dimensions against their thresholds"
              items={current.brand.dimensions.map((d) => ({
                key: d.key,
                label: d.key.charAt(0).toUpperCase() + d.key.slice(1),
                value: d.score,
                threshold: d.threshold,
              }))}
            />
            <p className="text-xs text-slate-500">
              Method:{" "}
              {current.brand.method === "rules"
                ? "measured rules"
                : "measured rules blended with an LLM rubric (0.6 × rules + 0.4 × judge)"}
            </p>
            <div>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                Violations ({current.brand.violations.length})
              </h4>
              {current.brand.violations.length === 0 ? (
                <p className="text-slate-500">None.</p>
              ) : (
                <ul className="mt-1 space-y-1" data-testid="brand-violations">
                  {current.brand.violations.map((v, i) => (
                    <li key={i}>
                      <span className="font-mono text-xs">{v.rule}</span>{" "}
                      {v.line > 0 ? `line ${v.line}` : "whole script"}: {v.text}
                    </li>
                  ))}
                </ul>
              )}
              {unplaced.length > 0 && (
                <p className="mt-1 text-xs text-slate-500">{unplaced.length} apply to the script as a whole.</p>
              )}
            </div>
          </>
        )}
      </aside>
    </div>
  );
}
