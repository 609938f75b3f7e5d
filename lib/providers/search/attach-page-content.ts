import type { UrlFetcher } from "@/lib/providers/sources/types";
import type { SearchResult } from "./types";

/**
 * Fetches each hosted result's page through the guarded URL fetcher, so research quotes the page and not just the
 * provider's snippet. A page that cannot be fetched keeps its snippet; only the caller's abort fails the search.
 */
export async function attachPageContent(
  results: SearchResult[],
  fetchPage: UrlFetcher | undefined,
  signal?: AbortSignal,
) {
  if (!fetchPage) return results;
  return Promise.all(
    results.map(async (result) => {
      if (!result.url) return result;
      try {
        const page = await fetchPage(result.url, signal);
        return { ...result, content: page.content };
      } catch (error) {
        if (signal?.aborted) throw error;
        return result;
      }
    }),
  );
}
