import { spawn, type ChildProcess } from "node:child_process";
import { waitForHttp } from "./wait-for-http";

export interface PipelineWorker {
  child: ChildProcess;
  /** The serve URL to sync with the engine or Inngest server. */
  serveUrl: string;
  stop(): void;
}

/**
 * Starts `scripts/pipeline-worker.ts` as a child process with `env` (the web server's, so both read the same
 * configuration) on `port`, and resolves once its serve() endpoint answers; rejects if it exits first.
 */
export async function startPipelineWorker(env: NodeJS.ProcessEnv, port: number): Promise<PipelineWorker> {
  // tsx as a loader of this Node, not its CLI: the CLI would add a parent process (about 50 MB) to relay signals.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/pipeline-worker.ts"], { env: { ...env, SHOWRUNNER_WORKER_PORT: String(port) }, stdio: "inherit" });
  const serveUrl = `http://127.0.0.1:${port}/api/inngest`;
  const exited = new AbortController();
  const onExit = (code: number | null) => exited.abort(new Error(`The pipeline worker exited (${code}) before it answered on ${serveUrl}.`));
  child.once("exit", onExit);
  try {
    await waitForHttp(serveUrl, "The pipeline worker", { signal: exited.signal });
  } catch (error) {
    child.kill("SIGTERM");
    throw exited.signal.aborted ? exited.signal.reason : error;
  } finally {
    child.off("exit", onExit);
  }
  return {
    child,
    serveUrl,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
  };
}
