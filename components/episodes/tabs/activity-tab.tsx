"use client";

import type { getEpisodeActivity } from "@/lib/episodes/get-episode-activity";
import type { Jsonify } from "../types";
import { TabState } from "./tab-state";
import { useEpisodeData } from "./use-episode-data";

type Entry = Jsonify<Awaited<ReturnType<typeof getEpisodeActivity>>>[number];

/** "gate.approve" → "Gate approve"; the data is shown as it was recorded. */
const describe = (action: string) => action.replace(/[._]/g, " ").replace(/^./, (c) => c.toUpperCase());

export function ActivityTab({ episodeId, status }: { episodeId: string; status: string }) {
  const { data, isLoading, error } = useEpisodeData<{ entries: Entry[] }>(episodeId, "activity", status);
  if (!data?.entries.length)
    return (
      <TabState
        loading={isLoading}
        error={error}
        empty
        emptyTitle="No activity yet"
        emptyText="Every decision, edit and status change is recorded here."
      />
    );
  return (
    <ol className="divide-y divide-slate-100 text-sm" data-testid="activity">
      {data.entries.map((e) => (
        <li key={e.id} className="grid grid-cols-[11rem_1fr] gap-3 py-2">
          <time dateTime={e.createdAt} className="tabular-nums text-slate-500">
            {new Date(e.createdAt).toLocaleString("en")}
          </time>
          <div>
            <span className="font-medium">{describe(e.action)}</span>{" "}
            <span className="text-slate-600">
              by {e.actor ? `${e.actor.name} (${e.actor.role.toLowerCase()})` : "the pipeline"}
            </span>
            {e.data !== null && typeof e.data === "object" && Object.keys(e.data).length > 0 && (
              <p className="text-xs text-slate-500">
                {Object.entries(e.data as Record<string, unknown>)
                  .filter(([, v]) => v !== null && v !== undefined)
                  .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
                  .join(" · ")}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
