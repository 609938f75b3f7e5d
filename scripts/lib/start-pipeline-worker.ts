import type { ChildProcess } from "node:child_process";
import { saysListening, spawnPart } from "./spawn-part";

export interface PipelineWorker {
  child: ChildProcess;
  /** The serve URL to sync with the engine or Inngest server. */
  serveUrl: string;
  stop(): void;
}

/** The worker's command line after Node's options: tsx as a loader of this Node (its CLI would add a process). */
export const PIPELINE_WORKER_ARGS = ["--import", "tsx", "worker/pipeline-worker.ts"];

/**
 * Starts `worker/pipeline-worker.ts` as a child process with `env` (the web server's, so both read the same
 * configuration) on `port`; it stops when this process dies. Resolves when the worker reports (over IPC) that it is
 * listening, so another server on that port cannot pass for it; rejects if it exits first.
 */
export async function startPipelineWorker(
  env: NodeJS.ProcessEnv,
  port: number,
  timeoutMs = 60_000,
): Promise<PipelineWorker> {
  const child = spawnPart(PIPELINE_WORKER_ARGS, { ...env, SHOWRUNNER_WORKER_PORT: String(port) });
  const serveUrl = `http://127.0.0.1:${port}/api/inngest`;
  try {
    await saysListening(child, `pipeline worker (${serveUrl})`, timeoutMs);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return {
    child,
    serveUrl,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
  };
}
