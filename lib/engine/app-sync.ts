/**
 * Syncs an app the way the Dev Server does: a `PUT` to its serve URL, upon which the SDK registers its functions
 * with us (`POST /fn/register`). Retries while the app is not up yet (connection refused, 404 while a dev
 * server compiles the route, 502-504 from a proxy); any other answer is final.
 */
const NOT_UP_YET = new Set([404, 502, 503, 504]);

export async function syncApp(
  url: string,
  { timeoutMs = 30_000, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  for (;;) {
    let problem: string;
    try {
      const response = await fetch(url, { method: "PUT", signal });
      const text = await response.text();
      if (response.ok) return;
      const message = readMessage(text);
      if (!NOT_UP_YET.has(response.status))
        throw new SyncRefusedError(`Syncing ${url} failed (HTTP ${response.status}): ${message}`);
      problem = `HTTP ${response.status}: ${message}`;
    } catch (error) {
      if (error instanceof SyncRefusedError || signal?.aborted) throw error;
      problem = (error as Error).message;
    }
    if (Date.now() + delay > deadline) throw new Error(`Could not sync ${url} within ${timeoutMs} ms: ${problem}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 2_000);
  }
}

/** The app answered, and said no (for instance because the engine refused a function option). */
export class SyncRefusedError extends Error {
  override name = "SyncRefusedError";
}

function readMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === "string") return body.message;
  } catch {
    // not JSON: show the text
  }
  return text.trim().slice(0, 500) || "(empty body)";
}
