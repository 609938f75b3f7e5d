import { workerAddress } from "@/lib/net/worker-address";

/**
 * Where the web server finds the pipeline's parts, from the environment `npm start` gives it: the engine at
 * INNGEST_DEV (a Dev Server), else at INNGEST_BASE_URL (the offline engine, or a self-hosted server); none to check
 * with Inngest Cloud; the worker on SHOWRUNNER_WORKER_PORT, on this machine unless SHOWRUNNER_WORKER_HOST names
 * another one.
 */
export interface PipelineAddresses {
  /** The engine's base URL, or null when a hosted Inngest (keys) runs the pipeline. */
  engineUrl: string | null;
  /** The worker's health address: it answers there itself, where an unsigned GET of its serve URL is refused (and logged) by the SDK. */
  workerUrl: string;
}

export function pipelineAddresses(env: Record<string, string | undefined>): PipelineAddresses {
  return {
    engineUrl: httpUrl(env.INNGEST_DEV) ?? httpUrl(env.INNGEST_BASE_URL),
    workerUrl: `${workerAddress(env).origin}/health`,
  };
}

/** `value` without trailing slashes when it is an http(s) URL (INNGEST_DEV may also be a flag such as `1`). */
function httpUrl(value: string | undefined): string | null {
  return value && /^https?:\/\//.test(value) ? value.replace(/\/+$/, "") : null;
}
