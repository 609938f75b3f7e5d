"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { ACTIVE_STATUSES, canCancel, canRetry } from "@/lib/domain/episode-status";
import { hasRole, type Role } from "@/lib/domain/roles";
import { Card, CardBody } from "@/components/ui/card";
import { StageTimeline } from "./stage-timeline";
import { StatusBadge } from "./status-badge";
import { PublicationBadge } from "./publication-badge";
import { EpisodeTabs } from "./episode-tabs";
import { ResearchTab } from "./tabs/research-tab";
import { ScriptTab } from "./tabs/script-tab";
import { QualityTab } from "./tabs/quality-tab";
import { CostsTab } from "./tabs/costs-tab";
import { ActivityTab } from "./tabs/activity-tab";
import { PublishTab } from "./publish/publish-tab";
import { AudioPanel } from "./audio/audio-panel";
import { GatePanel } from "./gate-panel";
import { EpisodeActions } from "./episode-actions";
import { BudgetPausePanel } from "./budget-pause-panel";
import type { EpisodeDetailJson } from "./types";
import { AlertList } from "@/components/alerts/alert-list";
import { fetchJson } from "@/lib/http/fetch-json";

const fetchEpisode = async (id: string) =>
  (await fetchJson<{ episode: EpisodeDetailJson }>(`/api/episodes/${id}`)).episode;

export function EpisodeLive({ initial, viewer }: { initial: EpisodeDetailJson; viewer: { id: string; role: Role } }) {
  const queryClient = useQueryClient();
  const { data: episode, error } = useQuery({
    queryKey: ["episode", initial.id],
    queryFn: () => fetchEpisode(initial.id),
    initialData: initial,
    // Fast while stages run, slower while waiting for a person, not at all once the episode is settled.
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      if (status === "QUEUED" || status === "RUNNING") return 1000;
      return status && ACTIVE_STATUSES.includes(status) ? 5000 : false;
    },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["episode", initial.id] });
  // A revision can begin and end between two polls, the status reading the same before and after: the tabs' data
  // (keyed by status) is refreshed when a new script version appears.
  const latestVersion = episode.latestScript?.version;
  useEffect(() => {
    if (latestVersion)
      void queryClient.invalidateQueries({
        queryKey: ["episode", initial.id],
        predicate: (q) => q.queryKey.length > 2,
      });
  }, [latestVersion, initial.id, queryClient]);
  const spent = Number(episode.costTotal);
  const budget = Number(episode.budget);
  const mayAct = hasRole(viewer.role, "EDITOR") || episode.createdBy.id === viewer.id;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link href="/episodes" prefetch={false} className="text-sm text-slate-500 hover:underline">
            ← Episodes
          </Link>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">{episode.title}</h1>
          <p className="text-sm text-slate-600">
            {episode.show.name} · {episode.targetMinutes} min · {episode.format.replace("_", " ").toLowerCase()} · by{" "}
            {episode.createdBy.name}
          </p>
        </div>
        <div className="flex items-center gap-3">
          {episode.certification && (
            <Link
              href={`/episodes/${episode.id}/certification`}
              prefetch={false}
              className="text-sm text-brand-700 hover:underline"
              data-testid="certification-link"
            >
              {episode.certification.certified ? "Certified" : "Not certified"}: see the certification
            </Link>
          )}
          <StatusBadge
            status={episode.status}
            certification={episode.certification}
            data-testid="episode-status"
            className="text-sm"
          />
          <PublicationBadge status={episode.publication?.status} />
          {mayAct && (
            <EpisodeActions
              episodeId={episode.id}
              canCancel={canCancel(episode.status)}
              canRetry={canRetry(episode.status)}
              onDone={refresh}
            />
          )}
        </div>
      </div>

      {episode.statusReason && episode.status !== "READY" && (
        <div
          className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          data-testid="status-reason"
        >
          {episode.statusReason}
        </div>
      )}
      {error && <p className="text-sm text-red-700">Live updates paused: {error.message}</p>}
      {episode.alerts.length > 0 && (
        <Card className="border-red-200">
          <CardBody>
            <AlertList
              alerts={episode.alerts}
              canAcknowledge={hasRole(viewer.role, "EDITOR")}
              canResume={hasRole(viewer.role, "ADMIN")}
              showEpisode={false}
              onAcknowledged={refresh}
            />
          </CardBody>
        </Card>
      )}

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Card>
          <CardBody>
            <div className="text-sm text-slate-600">Cost so far</div>
            <div className="mt-1 text-xl font-semibold tabular-nums" data-testid="episode-cost">
              ${spent.toFixed(2)} <span className="text-sm font-normal text-slate-500">of ${budget.toFixed(2)}</span>
            </div>
            <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100">
              <div
                className={spent / budget >= 0.8 ? "h-full bg-amber-500" : "h-full bg-emerald-500"}
                style={{ width: `${Math.min(100, (spent / budget) * 100)}%` }}
              />
            </div>
            {/* Shown when offline work stands in for hosted: then the two differ. */}
            {episode.projectedCost !== episode.costTotal && (
              <p className="mt-2 text-xs text-slate-500" data-testid="projected-cost">
                Projected on hosted providers: ${Number(episode.projectedCost).toFixed(2)}
              </p>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <div className="text-sm text-slate-600">Brand score</div>
            <div className="mt-1 text-xl font-semibold tabular-nums">{episode.brandScore?.toFixed(1) ?? "—"}</div>
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <div className="text-sm text-slate-600">Quality</div>
            <div className="mt-1 text-xl font-semibold tabular-nums">{episode.qualityScore?.toFixed(1) ?? "—"}</div>
          </CardBody>
        </Card>
      </div>

      {episode.status === "PAUSED_BUDGET" && (
        <BudgetPausePanel
          episodeId={episode.id}
          budget={episode.budget}
          canResume={hasRole(viewer.role, "ADMIN")}
          onDone={refresh}
        />
      )}

      {episode.pendingGate && (
        <GatePanel
          episode={episode}
          gate={episode.pendingGate}
          canDecide={hasRole(viewer.role, "EDITOR")}
          onDone={refresh}
        />
      )}

      <Card>
        <CardBody>
          <EpisodeTabs
            tabs={[
              {
                key: "pipeline",
                label: "Pipeline",
                content: (
                  <StageTimeline
                    stages={episode.stages}
                    overrideReason={episode.certification?.overrideReason ?? null}
                  />
                ),
              },
              {
                key: "research",
                label: "Research",
                content: (
                  <ResearchTab
                    episodeId={episode.id}
                    status={episode.status}
                    canEdit={hasRole(viewer.role, "EDITOR")}
                  />
                ),
              },
              {
                key: "script",
                label: "Script",
                content: (
                  <ScriptTab episodeId={episode.id} status={episode.status} canEdit={hasRole(viewer.role, "EDITOR")} />
                ),
              },
              {
                key: "audio",
                label: "Audio",
                content: (
                  <AudioPanel
                    episodeId={episode.id}
                    status={episode.status}
                    canRegenerate={hasRole(viewer.role, "EDITOR")}
                  />
                ),
              },
              {
                key: "quality",
                label: "Quality",
                content: <QualityTab episodeId={episode.id} status={episode.status} />,
              },
              ...(episode.status === "READY"
                ? [
                    {
                      key: "publish",
                      label: "Publish",
                      content: <PublishTab episodeId={episode.id} canEdit={hasRole(viewer.role, "EDITOR")} />,
                    },
                  ]
                : []),
              { key: "costs", label: "Costs", content: <CostsTab episodeId={episode.id} status={episode.status} /> },
              {
                key: "activity",
                label: "Activity",
                content: <ActivityTab episodeId={episode.id} status={episode.status} />,
              },
            ]}
          />
        </CardBody>
      </Card>
    </div>
  );
}
