import { z } from "zod";
import { fetchUrl } from "./fetch-url";
import type { UrlFetcher } from "./types";

const schema = z.object({
  SOURCE_FETCH_ENABLED: z
    .enum(["0", "1", "true", "false"], { error: 'use "1" to turn fetching on or "0" to leave it off' })
    .default("0"),
});

export function readUrlFetchConfig(env: Record<string, string | undefined> = process.env): { enabled: boolean } {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid SOURCE_FETCH_ENABLED: ${parsed.error.issues[0]!.message}`);
  return { enabled: parsed.data.SOURCE_FETCH_ENABLED === "1" || parsed.data.SOURCE_FETCH_ENABLED === "true" };
}

/** The production URL fetcher: until SOURCE_FETCH_ENABLED=1 every fetch is refused with a reason saying so. */
export function createUrlFetcher(env: Record<string, string | undefined> = process.env): UrlFetcher {
  const { enabled } = readUrlFetchConfig(env);
  return (url, signal) => fetchUrl(url, { enabled, signal });
}
