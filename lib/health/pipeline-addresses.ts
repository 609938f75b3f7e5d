/**
 * Where the web server finds the pipeline's parts, from the environment `npm start` gives it: the engine at
 * INNGEST_DEV (the offline engine or a Dev Server); none to check when Inngest Cloud or a self-hosted server is
 * configured by keys; the worker on SHOWRUNNER_WORKER_PORT, on this machine unless SHOWRUNNER_WORKER_HOST names
 * another one.
 */
export interface PipelineAddresses {
  /** The engine's base URL, or null when a hosted Inngest (keys) runs the pipeline. */
  engineUrl: string | null;
  workerUrl: string;
}

const ANY_ADDRESS = new Set(["0.0.0.0", "::", "[::]"]);

export function pipelineAddresses(env: Record<string, string | undefined>): PipelineAddresses {
  const host = env.SHOWRUNNER_WORKER_HOST && !ANY_ADDRESS.has(env.SHOWRUNNER_WORKER_HOST) ? env.SHOWRUNNER_WORKER_HOST : "127.0.0.1";
  const hostInUrl = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return {
    engineUrl: env.INNGEST_DEV && /^https?:\/\//.test(env.INNGEST_DEV) ? env.INNGEST_DEV.replace(/\/+$/, "") : null,
    workerUrl: `http://${hostInUrl}:${env.SHOWRUNNER_WORKER_PORT ?? "3001"}/api/inngest`,
  };
}
