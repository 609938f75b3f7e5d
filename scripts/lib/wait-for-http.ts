/**
 * Resolves once `url` answers below 500 (the body read to the end); rejects after `timeoutMs`, or as soon as
 * `signal` aborts (the process expected to answer has exited, say).
 */
export async function waitForHttp(url: string, what: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  const { timeoutMs = 90_000, signal } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    try {
      const res = await fetch(url, { signal: AbortSignal.any([AbortSignal.timeout(2_000), ...(signal ? [signal] : [])]) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s.`);
}
