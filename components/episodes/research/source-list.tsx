"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useResearchChange } from "./use-research-change";

export interface ResearchSource {
  id: string;
  title: string;
  kind: string;
  url: string | null;
  origin: { kind: "episode" } | { kind: "library"; episodeId: string | null; episodeTitle: string | null };
  claims: number;
  excluded: boolean;
}

const originOf = (o: ResearchSource["origin"]) =>
  o.kind === "episode" ? "this episode" : o.episodeTitle ? `show library (from “${o.episodeTitle}”)` : "show library";

/**
 * The sources the episode's research used, by title, with where each comes from (this episode's or the show's
 * library) and how many claims cite it; an editor can exclude one (or put it back).
 */
export function SourceList({
  episodeId,
  sources,
  canExclude,
}: {
  episodeId: string;
  sources: ResearchSource[];
  canExclude: boolean;
}) {
  const change = useResearchChange(episodeId);
  const [busy, setBusy] = useState<ResearchSource | null>(null);

  async function toggle(s: ResearchSource) {
    setBusy(s);
    await change.send(`/api/episodes/${episodeId}/sources/${s.id}`, "PATCH", { excluded: !s.excluded });
  }

  return (
    <section aria-labelledby="sources-heading" className="space-y-2 text-sm">
      <h3 id="sources-heading" className="font-semibold">
        Sources ({sources.length})
      </h3>
      {sources.length === 0 ? (
        <p className="text-slate-500">No sources yet.</p>
      ) : (
        <ul className="space-y-2" data-testid="sources">
          {sources.map((s) => (
            <li
              key={s.id}
              className={`rounded-md border border-slate-200 p-2 ${s.excluded ? "bg-slate-50 text-slate-500" : ""}`}
              data-origin={s.origin.kind}
              data-excluded={s.excluded}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className={`font-medium ${s.excluded ? "line-through" : ""}`}>
                  {s.url ? (
                    <a href={s.url} className="hover:underline" rel="noreferrer noopener" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                </p>
                {s.excluded && <Badge tone="warning">excluded</Badge>}
              </div>
              <p className="text-xs text-slate-500">
                {originOf(s.origin)} · {s.kind.toLowerCase()} · cited by {s.claims} claim{s.claims === 1 ? "" : "s"}
              </p>
              {canExclude && (
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  className="mt-1"
                  disabled={change.busy && busy?.id === s.id}
                  onClick={() => void toggle(s)}
                >
                  {s.excluded ? "Use again" : "Exclude"}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {change.error && (
        <p className="text-red-700" role="alert">
          {busy?.title}: {change.error}
        </p>
      )}
    </section>
  );
}
