/**
 * Node options of the studio's web server (`next start`), from SHOWRUNNER_SERVER_NODE_OPTIONS (none by default).
 * Measured with `npm run bench:studio` on 5,000 episodes: uncapped, V8 grows the heap to a 545 MB peak;
 * `--max-old-space-size=128 --max-semi-space-size=2` holds a server that only serves pages near 270 MB with every
 * p95 under 150 ms, but the studio's server also runs the pipeline's steps (the /api/inngest endpoint), and audio
 * steps run out of a 128 MB heap. So the cap is opt-in, for a server whose pipeline steps are served elsewhere.
 */
export function serverNodeOptions(env: Record<string, string | undefined> = process.env): string {
  return [env.NODE_OPTIONS, env.SHOWRUNNER_SERVER_NODE_OPTIONS].filter(Boolean).join(" ");
}
