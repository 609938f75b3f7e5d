"use client";

import Link from "next/link";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { AlertTriangle, Info, OctagonAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { acknowledgeAlertAction } from "@/lib/actions/alerts/acknowledge-alert";
import { resumeBudgetPauseAction } from "@/lib/actions/episodes/resume-budget-pause";

export interface AlertItem {
  id: string;
  kind: string;
  severity: "INFO" | "WARNING" | "CRITICAL";
  message: string;
  createdAt: string;
  episode: { id: string; title: string } | null;
}

const ICON = {
  INFO: <Info className="size-4 text-brand-600" aria-label="info" />,
  WARNING: <AlertTriangle className="size-4 text-amber-600" aria-label="warning" />,
  CRITICAL: <OctagonAlert className="size-4 text-red-600" aria-label="critical" />,
};

export function AlertList({
  alerts,
  canAcknowledge,
  canResume = false,
  showEpisode = true,
  onAcknowledged,
}: {
  alerts: AlertItem[];
  canAcknowledge: boolean;
  /** Admins resume a budget pause from its alert (at the budget it has; the episode page can raise it). */
  canResume?: boolean;
  showEpisode?: boolean;
  onAcknowledged?: () => void;
}) {
  const { execute, isPending } = useAction(acknowledgeAlertAction, { onSuccess: onAcknowledged });
  const [resumingId, setResumingId] = useState<string | null>(null);
  const resume = useAction(resumeBudgetPauseAction, { onSuccess: onAcknowledged });
  if (alerts.length === 0) return <p className="text-sm text-slate-500">No open alerts.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="alert-list">
      {alerts.map((a) => (
        <li key={a.id} className="flex items-start gap-3 py-2 text-sm" data-testid="alert" data-severity={a.severity}>
          <span className="mt-0.5">{ICON[a.severity]}</span>
          <div className="flex-1">
            <p>{a.message}</p>
            <p className="text-xs text-slate-500">
              {new Date(a.createdAt).toLocaleString("en")}
              {showEpisode && a.episode && (
                <>
                  {" · "}
                  <Link href={`/episodes/${a.episode.id}`} prefetch={false} className="hover:underline">
                    {a.episode.title}
                  </Link>
                </>
              )}
            </p>
            {resumingId === a.id && resume.result.serverError && (
              <p className="mt-1 text-sm text-red-700" data-testid="resume-error">
                {resume.result.serverError}
                {a.episode && (
                  <>
                    {" "}
                    <Link href={`/episodes/${a.episode.id}`} prefetch={false} className="underline">
                      Raise the episode&apos;s budget
                    </Link>
                  </>
                )}
              </p>
            )}
          </div>
          {canResume && a.kind === "budget.paused" && a.episode && (
            <Button
              size="sm"
              disabled={resume.isPending}
              onClick={() => {
                setResumingId(a.id);
                if (a.episode) resume.execute({ episodeId: a.episode.id });
              }}
            >
              Resume
            </Button>
          )}
          {canAcknowledge && (
            <Button size="sm" variant="ghost" disabled={isPending} onClick={() => execute({ alertId: a.id })}>
              Acknowledge
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
