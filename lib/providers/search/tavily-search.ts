import { z } from "zod";
import type { UrlFetcher } from "@/lib/providers/sources/types";
import { attachPageContent } from "./attach-page-content";
import { apiUrl, callSearchApi } from "./call-search-api";
import type { SearchProvider } from "./types";

export const TAVILY_BASE_URL = "https://api.tavily.com";
const USAGE = [{ provider: "tavily", model: "search-basic", unit: "request", quantity: 1 }] as const;

const searchAnswer = z.object({
  results: z.array(
    z.object({ title: z.string(), url: z.string(), content: z.string().default(""), score: z.number().optional() }),
  ),
});
const usageAnswer = z.object({
  key: z.object({ usage: z.number().nullish(), limit: z.number().nullish() }).optional(),
});

export interface HostedSearchOptions {
  apiKey: string;
  baseUrl?: string;
  /** The guarded URL fetcher; when absent (fetching off), results carry the provider's snippet only. */
  fetchPage?: UrlFetcher;
  /** Each API request's limit (SEARCH_TIMEOUT_SECONDS); default 15 s. */
  timeoutMs?: number;
}

/** Tavily Search (POST /search, Bearer key). A basic-depth search is one request (1 API credit). */
export function createTavilySearch({
  apiKey,
  baseUrl = TAVILY_BASE_URL,
  fetchPage,
  timeoutMs,
}: HostedSearchOptions): SearchProvider {
  const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json", accept: "application/json" };
  const call = { provider: "tavily", label: "Tavily", keyVariable: "TAVILY_API_KEY", timeoutMs };
  return {
    id: "tavily",
    estimate: () => [...USAGE],
    async search({ query, limit }, { signal } = {}) {
      const answer = await callSearchApi({
        ...call,
        url: apiUrl(baseUrl, "search"),
        init: {
          method: "POST",
          headers,
          body: JSON.stringify({
            query,
            max_results: Math.min(Math.max(limit, 1), 20),
            search_depth: "basic",
            include_answer: false,
            include_raw_content: false,
            include_images: false,
          }),
        },
        schema: searchAnswer,
        signal,
      });
      const results = answer.results
        .slice(0, limit)
        .map((r) => ({ title: r.title, url: r.url, snippet: r.content, score: r.score }));
      return {
        results: await attachPageContent(results, fetchPage, signal),
        usage: [...USAGE],
      };
    },
    async health() {
      try {
        const usage = await callSearchApi({
          ...call,
          url: apiUrl(baseUrl, "usage"),
          init: { headers },
          schema: usageAnswer,
        });
        const used = usage.key?.usage;
        return {
          ok: true,
          detail: used == null ? "Tavily key accepted" : `Tavily key accepted; ${used} credits used this cycle`,
        };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    },
  };
}
