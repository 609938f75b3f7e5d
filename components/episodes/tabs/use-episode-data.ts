"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";

/** How often a tab asks again while the worker is busy on its behalf (a re-assessment, a regeneration). */
export const WORKER_POLL_MS = 1_000;

/**
 * One tab's data from its own endpoint, refreshed when the episode's status changes (the key includes it), and
 * polled while `pending` says the worker is still producing what the tab shows.
 */
export function useEpisodeData<T>(episodeId: string, part: string, status: string, pending?: (data: T) => boolean) {
  return useQuery({
    queryKey: ["episode", episodeId, part, status],
    queryFn: () => fetchJson<T>(`/api/episodes/${episodeId}/${part}`),
    refetchInterval: (query) => (pending && query.state.data && pending(query.state.data) ? WORKER_POLL_MS : false),
  });
}
