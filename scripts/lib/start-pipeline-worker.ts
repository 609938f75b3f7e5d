import { spawn, type ChildProcess } from "node:child_process";

export interface PipelineWorker {
  child: ChildProcess;
  /** The serve URL to sync with the engine or Inngest server. */
  serveUrl: string;
  stop(): void;
}

/**
 * Starts `scripts/pipeline-worker.ts` as a child process with `env` (the web server's, so both read the same
 * configuration) on `port`. Resolves when the worker reports (over IPC) that it is listening, so another server on
 * that port cannot pass for it; rejects if it exits first.
 */
export async function startPipelineWorker(env: NodeJS.ProcessEnv, port: number, timeoutMs = 60_000): Promise<PipelineWorker> {
  // tsx as a loader of this Node, not its CLI: the CLI would add a parent process (about 50 MB) to relay signals.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/pipeline-worker.ts"], {
    env: { ...env, SHOWRUNNER_WORKER_PORT: String(port) },
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  const serveUrl = `http://127.0.0.1:${port}/api/inngest`;
  let onMessage: (message: unknown) => void = () => {};
  let onExit: (code: number | null) => void = () => {};
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      onMessage = (message) => message === "listening" && resolve();
      onExit = (code) => reject(new Error(`The pipeline worker exited (${code}) before it was listening on ${serveUrl}.`));
      timer = setTimeout(() => reject(new Error(`The pipeline worker was not listening on ${serveUrl} within ${timeoutMs / 1000} s.`)), timeoutMs);
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  } finally {
    clearTimeout(timer);
    child.off("message", onMessage);
    child.off("exit", onExit);
  }
  // The channel was only for that message; left open, it would keep this process alive.
  child.disconnect();
  return {
    child,
    serveUrl,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
  };
}
