"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/domain/episode-status";
import { fetchJson } from "@/lib/http/fetch-json";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Jsonify } from "@/components/episodes/types";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Indicators } from "./indicators";

type DashboardJson = Jsonify<Dashboard>;

const since = (iso: string) => {
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60_000);
  return minutes < 60
    ? `${minutes} min ago`
    : minutes < 48 * 60
      ? `${Math.round(minutes / 60)} h ago`
      : `${Math.round(minutes / 1440)} days ago`;
};

function EpisodeLink({ episode }: { episode: { id: string; title: string; show: { name: string } } }) {
  return (
    <Link
      href={`/episodes/${episode.id}`}
      prefetch={false}
      className="font-medium hover:text-brand-600 hover:underline"
    >
      {episode.title}
      <span className="sr-only"> ({episode.show.name})</span>
    </Link>
  );
}

export function DashboardLive({ initial }: { initial: DashboardJson }) {
  const { data, error } = useQuery({
    queryKey: ["dashboard"],
    queryFn: async () => (await fetchJson<{ dashboard: DashboardJson }>("/api/dashboard")).dashboard,
    initialData: initial,
    // Live while episodes run; a slow refresh otherwise so new reviews and failures still show up.
    refetchInterval: (q) => ((q.state.data?.inProgress.length ?? 0) > 0 ? 2000 : 15_000),
  });
  const d = data;
  if (d.counts.total === 0)
    return (
      <div data-testid="dashboard-empty">
        <EmptyState
          title="No episodes yet"
          action={
            <Link href="/episodes/new" className="text-sm font-medium text-brand-700 hover:underline">
              Start an episode
            </Link>
          }
        >
          Episodes appear here with their live progress once a producer starts one from a topic and sources.
        </EmptyState>
      </div>
    );

  return (
    <div className="space-y-6">
      {error && <p className="text-sm text-red-700">Live updates paused: {error.message}</p>}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-1" data-testid="dashboard-in-progress">
          <CardHeader className="flex items-center justify-between">
            <h2 className="font-semibold">In progress</h2>
            <span className="text-sm tabular-nums text-slate-500">{d.counts.inProgress}</span>
          </CardHeader>
          <CardBody>
            {d.inProgress.length === 0 ? (
              <p className="text-sm text-slate-500">Nothing is running right now.</p>
            ) : (
              <ul className="space-y-3">
                {d.inProgress.map((e) => (
                  <li key={e.id} className="text-sm">
                    <div className="flex items-baseline justify-between gap-2">
                      <EpisodeLink episode={e} />
                      <span className="shrink-0 text-xs tabular-nums text-slate-500">
                        {e.stagesDone}/{e.stagesTotal}
                      </span>
                    </div>
                    <ProgressBar className="mt-1" value={e.fraction} label={`${e.title} progress`} />
                    <p className="mt-0.5 text-xs text-slate-500">
                      {e.activeStages.length
                        ? e.activeStages.join(", ")
                        : e.status === "QUEUED"
                          ? "Queued"
                          : "Between stages"}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card data-testid="dashboard-review">
          <CardHeader className="flex items-center justify-between">
            <h2 className="font-semibold">{d.reviewer ? "Awaiting review" : "Your episodes awaiting review"}</h2>
            {d.reviewer && (
              <Link href="/review" className="text-sm text-brand-700 hover:underline">
                Review queue
              </Link>
            )}
          </CardHeader>
          <CardBody>
            {d.awaitingReview.length === 0 ? (
              <p className="text-sm text-slate-500">No gate is waiting.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {d.awaitingReview.map((g) => (
                  <li key={g.id} className="flex items-baseline justify-between gap-2">
                    <span>
                      <EpisodeLink episode={g.episode} />
                      <span className="block text-xs text-slate-500">
                        {g.kind === "SCRIPT" ? "Script" : "Final"} approval, round {g.iteration}
                      </span>
                    </span>
                    <span className="shrink-0 text-xs text-slate-500">{since(g.createdAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card data-testid="dashboard-attention">
          <CardHeader className="flex items-center justify-between">
            <h2 className="font-semibold">Needs attention</h2>
            <span className="text-sm tabular-nums text-slate-500">{d.counts.needsAttention}</span>
          </CardHeader>
          <CardBody>
            {d.needsAttention.length === 0 ? (
              <p className="text-sm text-slate-500">Nothing needs attention.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {d.needsAttention.map((e) => (
                  <li key={e.id}>
                    <div className="flex items-baseline justify-between gap-2">
                      <EpisodeLink episode={e} />
                      <Badge tone={STATUS_TONES[e.status]}>{STATUS_LABELS[e.status]}</Badge>
                    </div>
                    {e.statusReason && <p className="text-xs text-slate-600">{e.statusReason}</p>}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
      <Indicators indicators={d.indicators} targets={d.targets} />
    </div>
  );
}
