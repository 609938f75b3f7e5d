import { z } from "zod";
import { decodeEntities } from "@/lib/providers/sources/extract-html-text";
import { attachPageContent } from "./attach-page-content";
import { apiUrl, callSearchApi } from "./call-search-api";
import type { HostedSearchOptions } from "./tavily-search";
import type { SearchProvider } from "./types";

export const BRAVE_SEARCH_BASE_URL = "https://api.search.brave.com";
const USAGE = [{ provider: "brave", model: "web-search", unit: "request", quantity: 1 }] as const;

const searchAnswer = z.object({
  web: z
    .object({ results: z.array(z.object({ title: z.string(), url: z.string(), description: z.string().default("") })) })
    .optional(),
});

// Brave marks the matched words in titles and descriptions with <strong>.
const plain = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, "")).trim();

/** Brave Web Search (GET /res/v1/web/search, X-Subscription-Token). Each search is one request. */
export function createBraveSearch({
  apiKey,
  baseUrl = BRAVE_SEARCH_BASE_URL,
  fetchPage,
  timeoutMs,
}: HostedSearchOptions): SearchProvider {
  return {
    id: "brave",
    estimate: () => [...USAGE],
    async search({ query, limit }, { signal } = {}) {
      const url = apiUrl(baseUrl, "res/v1/web/search");
      url.searchParams.set("q", query);
      url.searchParams.set("count", String(Math.min(Math.max(limit, 1), 20)));
      const answer = await callSearchApi({
        provider: "brave",
        label: "Brave Search",
        keyVariable: "BRAVE_SEARCH_API_KEY",
        url,
        init: { headers: { accept: "application/json", "x-subscription-token": apiKey } },
        schema: searchAnswer,
        signal,
        timeoutMs,
      });
      const results = (answer.web?.results ?? [])
        .slice(0, limit)
        .map((r) => ({ title: plain(r.title), url: r.url, snippet: plain(r.description) }));
      return {
        results: await attachPageContent(results, fetchPage, signal),
        usage: [...USAGE],
      };
    },
    // Brave has no free endpoint to check a key against, and a test search would be billed.
    async health() {
      return { ok: true, detail: "Brave Search key configured (not checked, to avoid a billed request)" };
    },
  };
}
