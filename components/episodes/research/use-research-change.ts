"use client";

import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/http/fetch-json";

/**
 * Sends an editor's change to the fact check and reads the episode again: the Research tab then shows the worker's
 * re-assessment under way (ReassessmentNote) until the scores follow.
 */
export function useResearchChange(episodeId: string) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["episode", episodeId] });

  /** True when the change was saved; false, with `error` set, when refused. */
  async function send(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<boolean> {
    setBusy(true);
    setError(null);
    const sent = await sendJson(url, method, body);
    setBusy(false);
    if (!sent.ok) {
      setError(sent.error);
      return false;
    }
    refresh();
    return true;
  }

  return { send, busy, error, setError };
}
