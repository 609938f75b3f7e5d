import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { DEFAULT_RESTART_POLICY, describeExit, nextRestart, type RestartPolicy } from "./restart-policy";

/** One part of the studio (web server, worker, engine) as the supervisor runs it. */
export interface SupervisedPart {
  name: string;
  /** Spawns the process in a process group of its own (`detached`), so stopping it stops its children too. */
  spawn(): ChildProcess;
  /** Resolves once the process serves (e.g. it said so over IPC, or its port answers). */
  ready(child: ChildProcess): Promise<void>;
}

export interface SupervisedProcess {
  /** The current process's pid, while one runs. */
  readonly pid: number | undefined;
  /** Stops the process (SIGTERM to its group, SIGKILL after `graceMs`) and restarts it no more. */
  stop(graceMs?: number): Promise<void>;
}

export interface SuperviseOptions {
  policy?: RestartPolicy;
  log?: (message: string) => void;
}

function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve([child.exitCode, child.signalCode]);
  return once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    /* the group is gone */
  }
}

/**
 * Starts a part and keeps it running: when it exits unexpectedly, logs why (exit code or signal) and starts it again
 * after a backoff (restart-policy.ts). Resolves once the first process is ready; rejects if that one exits first (a
 * start-up error such as a bad configuration is reported, not retried).
 */
export async function superviseProcess(part: SupervisedPart, options: SuperviseOptions = {}): Promise<SupervisedProcess> {
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  const log = options.log ?? ((message: string) => console.log(`[studio] ${message}`));
  let child: ChildProcess = part.spawn();
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let state = { failures: 0 };

  const readyOrExit = (current: ChildProcess) =>
    Promise.race([
      part.ready(current).then(() => true),
      exited(current).then(([code, signal]) => {
        throw new Error(`The ${part.name} exited (${describeExit(code, signal)}) before it was ready.`);
      }),
    ]);

  const watch = (current: ChildProcess) => {
    const startedAt = Date.now();
    void exited(current).then(([code, signal]) => {
      if (stopping) return;
      const ranMs = Date.now() - startedAt;
      const next = nextRestart(policy, state, ranMs);
      state = next.state;
      log(`The ${part.name} (pid ${current.pid}) exited unexpectedly (${describeExit(code, signal)}) after ${(ranMs / 1000).toFixed(1)} s; restarting it in ${(next.delayMs / 1000).toFixed(1)} s.`);
      restartTimer = setTimeout(() => {
        if (stopping) return;
        child = part.spawn();
        watch(child);
        readyOrExit(child).then(
          () => log(`The ${part.name} is back (pid ${child.pid}).`),
          () => {}, // its exit is logged and handled by watch()
        );
      }, next.delayMs);
    });
  };

  try {
    await readyOrExit(child);
  } catch (error) {
    signalGroup(child, "SIGKILL");
    throw error;
  }
  watch(child);

  return {
    get pid() {
      return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(restartTimer);
      const done = exited(child);
      signalGroup(child, "SIGTERM");
      const killer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
      await done;
      clearTimeout(killer);
      signalGroup(child, "SIGKILL"); // anything its process group still holds
    },
  };
}
