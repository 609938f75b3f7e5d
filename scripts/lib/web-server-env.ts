/**
 * Measured with `npm run bench:studio` on 5,000 episodes (2 cores): uncapped, V8 grows the web server's heap to a
 * 545 MB peak RSS; capped at 128 MB with two malloc arenas it peaked at 256–278 MB, p95 ≤ 53 ms one request at a time.
 * The cap is 192 MB since the studio's code alone nearly filled 128 (docs/decisions.md, The web server's heap). The
 * pipeline's steps (audio) need more, which is why they run in the worker process (worker/pipeline-worker.ts).
 */
export const DEFAULT_SERVER_NODE_OPTIONS = "--max-old-space-size=192 --max-semi-space-size=4";

/**
 * The studio's web server's (server/web-server.ts) environment: `env` with SHOWRUNNER_SERVER_NODE_OPTIONS (else the
 * default cap) after any NODE_OPTIONS, and glibc's MALLOC_ARENA_MAX (else 2: the JavaScript is single-threaded, and
 * the arenas glibc gives each of Node's helper threads hold freed memory, about 15 MB of RSS here). Without the
 * signing key: the web server only sends events (the event key) and serves no functions, so a flaw in it cannot
 * pass for the engine with the worker or register functions.
 */
const SIGNING_KEYS = new Set(["INNGEST_SIGNING_KEY", "INNGEST_SIGNING_KEY_FALLBACK"]);

export function webServerEnv<Env extends Record<string, string | undefined>>(
  env: Env,
): Env & { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  return {
    ...(Object.fromEntries(Object.entries(env).filter(([name]) => !SIGNING_KEYS.has(name))) as Env),
    NODE_OPTIONS: [env.NODE_OPTIONS, env.SHOWRUNNER_SERVER_NODE_OPTIONS ?? DEFAULT_SERVER_NODE_OPTIONS]
      .filter(Boolean)
      .join(" "),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
  };
}
