"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/http/fetch-json";

/**
 * Sends an editor's change to the fact check and reads the episode again. A change saved whose re-assessment failed
 * is said as such ("saved; the scores could not be recomputed"), with `retry` to re-assess again.
 */
export function useResearchChange(episodeId: string) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });

  /** True when the change was saved (even if its re-assessment failed); false, with `error` set, when refused. */
  async function send(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<boolean> {
    setBusy(true);
    setError(null);
    const sent = await sendJson<{ assessment?: { error?: string } | null }>(url, method, body);
    setBusy(false);
    if (!sent.ok) {
      setError(sent.error);
      return false;
    }
    const failed = sent.data?.assessment?.error;
    setStale(failed ? `Saved; the scores could not be recomputed: ${failed}` : null);
    refresh();
    return true;
  }

  async function retry() {
    setBusy(true);
    const sent = await sendJson(`/api/episodes/${episodeId}/reassess`, "POST");
    setBusy(false);
    setStale(sent.ok ? null : `Saved; the scores could not be recomputed: ${sent.error}`);
    if (sent.ok) refresh();
  }

  return { send, busy, error, setError, stale, retry };
}
