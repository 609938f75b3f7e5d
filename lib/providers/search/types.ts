import type { CallOptions } from "@/lib/providers/call-options";
import type { ProviderHealth } from "@/lib/providers/errors";

export interface SearchRequest {
  query: string;
  episodeId: string;
  showId: string;
  limit: number;
  /** Sources an editor excluded from this episode: never searched (offline), never returned. */
  excludeSourceIds?: string[];
}

export interface SearchResult {
  title: string;
  url?: string;
  snippet: string;
  /** The passage (offline) or the fetched page text (hosted, when the URL fetcher is on and the fetch worked). */
  content?: string;
  /** The Source row the passage was taken from (offline search only). */
  sourceId?: string;
  /** Character offsets of `content` within that source's content: content === source.content.slice(start, end). */
  start?: number;
  end?: number;
  score?: number;
}

/** Billable usage, in the ledger's terms (lib/costs/prices.ts). */
export interface SearchUsage {
  provider: string;
  model: string;
  unit: "request";
  quantity: number;
}

export interface SearchResponse {
  results: SearchResult[];
  usage: SearchUsage[];
}

export interface SearchProvider {
  /** "tavily", "brave" or "offline": the ledger's provider name. */
  id: string;
  /** The search's usage before it is made, for the budget check (one request). */
  estimate(): SearchUsage[];
  search(request: SearchRequest, options?: CallOptions): Promise<SearchResponse>;
  health(): Promise<ProviderHealth>;
}
