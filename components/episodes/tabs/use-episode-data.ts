"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/http/fetch-json";

/** One tab's data from its own endpoint, refreshed when the episode's status changes (the key includes it). */
export function useEpisodeData<T>(episodeId: string, part: string, status: string) {
  return useQuery({
    queryKey: ["episode", episodeId, part, status],
    queryFn: () => fetchJson<T>(`/api/episodes/${episodeId}/${part}`),
  });
}
