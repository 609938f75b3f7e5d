import { z } from "zod";
import { db as defaultDb, type Db } from "@/lib/db";
import { createUrlFetcher, readUrlFetchConfig } from "@/lib/providers/sources/create-url-fetcher";
import { createBraveSearch } from "./brave-search";
import { createOfflineSearch } from "./offline-search";
import { createTavilySearch } from "./tavily-search";
import type { SearchProvider } from "./types";
import { parseEnv } from "@/lib/parse-env";
import { readCallTimeouts } from "@/lib/providers/http/call-timeouts";

// An empty variable (`TAVILY_API_KEY=` in a .env file) counts as unset.
const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();
const optionalUrl = optionalText.pipe(z.url({ protocol: /^https?$/ }).optional());

const schema = z.object({
  SEARCH_PROVIDER: z.enum(["offline", "tavily", "brave"]).default("offline"),
  TAVILY_API_KEY: optionalText,
  TAVILY_BASE_URL: optionalUrl,
  BRAVE_SEARCH_API_KEY: optionalText,
  BRAVE_SEARCH_BASE_URL: optionalUrl,
});

function required(value: string | undefined, variable: string, provider: string, what: string): string {
  if (value) return value;
  throw new Error(
    `SEARCH_PROVIDER=${provider} needs ${variable} (${what}). Set it, or set SEARCH_PROVIDER=offline to search the show's own sources.`,
  );
}

/**
 * The search provider the environment chooses (SEARCH_PROVIDER, default offline). Hosted providers fetch each
 * result's page through the guarded URL fetcher when SOURCE_FETCH_ENABLED=1, and keep the snippets otherwise.
 */
export function createSearchProvider(
  env: Record<string, string | undefined> = process.env,
  db: Db = defaultDb,
): SearchProvider {
  const config = parseEnv(schema, env);
  const fetchPage = readUrlFetchConfig(env).enabled ? createUrlFetcher(env) : undefined;
  switch (config.SEARCH_PROVIDER) {
    case "tavily":
      return createTavilySearch({
        apiKey: required(config.TAVILY_API_KEY, "TAVILY_API_KEY", "tavily", "your Tavily API key, tvly-…"),
        baseUrl: config.TAVILY_BASE_URL,
        fetchPage,
        timeoutMs: readCallTimeouts(env).searchMs,
      });
    case "brave":
      return createBraveSearch({
        apiKey: required(
          config.BRAVE_SEARCH_API_KEY,
          "BRAVE_SEARCH_API_KEY",
          "brave",
          "your Brave Search API subscription token",
        ),
        baseUrl: config.BRAVE_SEARCH_BASE_URL,
        fetchPage,
        timeoutMs: readCallTimeouts(env).searchMs,
      });
    case "offline":
      return createOfflineSearch(db);
  }
}
