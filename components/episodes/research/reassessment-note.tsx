"use client";

import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { ReassessmentStatus } from "@/lib/episodes/reassessment-status";
import { sendJson } from "@/lib/http/fetch-json";
import { Button } from "@/components/ui/button";

/**
 * Says that the worker is re-assessing the scores after an editor's change (the tab polls meanwhile), or that it
 * failed, with the way to ask again; when it finishes, the episode's other tabs (Quality, the final gate) are fetched afresh.
 */
export function ReassessmentNote({ episodeId, status }: { episodeId: string; status: ReassessmentStatus }) {
  const queryClient = useQueryClient();
  const was = useRef(status.state);
  const [retryError, setRetryError] = useState<string | null>(null);
  async function retry() {
    const sent = await sendJson(`/api/episodes/${episodeId}/reassess`, "POST");
    setRetryError(sent.ok ? null : sent.error);
    if (sent.ok) void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });
  }
  useEffect(() => {
    if (was.current === "pending" && status.state !== "pending")
      void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });
    was.current = status.state;
  }, [episodeId, queryClient, status.state]);
  if (status.state === "pending")
    return (
      <p role="status" data-testid="reassessment" data-state="pending" className="text-sm text-slate-600">
        Re-assessing… the scores and the certification follow your change in a moment.
      </p>
    );
  if (status.state === "failed")
    return (
      <p role="alert" data-testid="reassessment" data-state="failed" className="text-sm text-red-700">
        The scores were not re-assessed: {status.message}{" "}
        <Button type="button" size="sm" variant="secondary" onClick={() => void retry()}>
          Re-assess again
        </Button>
        {retryError && <span className="block">{retryError}</span>}
      </p>
    );
  return <span hidden data-testid="reassessment" data-state="idle" />;
}
