import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { DEFAULT_RESTART_POLICY, describeExit, nextRestart, type RestartPolicy } from "./restart-policy";
import { carriesRun, groupMembers } from "./studio-processes";

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
  /** The studio run id the part's processes carry (studio-processes.ts): what it left behind after exiting is stopped too. */
  runId?: string;
}

function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  if (hasExited(child)) return Promise.resolve([child.exitCode, child.signalCode]);
  return once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Signals the child's process group while the group is provably the child's: while the child (its leader) has not
 * exited, its pid cannot be reused. Once it has, a process left in the group is signalled alone, and only when it
 * carries `runId`: the group's number may by then name another program's group.
 */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals, runId: string | undefined): void {
  if (!child.pid) return;
  const targets = !hasExited(child)
    ? [-child.pid]
    : runId
      ? groupMembers(child.pid).filter((pid) => carriesRun(pid, runId))
      : [];
  for (const target of targets) {
    try {
      process.kill(target, signal);
    } catch {
      /* gone meanwhile */
    }
  }
}

/** SIGTERM to the child's group, SIGKILL after `graceMs`, then SIGKILL to what the group still holds of this run. */
export async function stopChild(child: ChildProcess, graceMs = 10_000, runId?: string): Promise<void> {
  const done = exited(child);
  signalGroup(child, "SIGTERM", runId);
  const killer = setTimeout(() => signalGroup(child, "SIGKILL", runId), graceMs);
  await done;
  clearTimeout(killer);
  signalGroup(child, "SIGKILL", runId);
}

/**
 * Starts a part and keeps it running: when it exits unexpectedly, logs why (exit code or signal) and starts it again
 * after a backoff (restart-policy.ts), until it has failed quickly too often in a row: then it stays down, said in
 * the log, while the other parts keep running (the studio's health reports this one down). Resolves once the first
 * process is ready; rejects if that one exits first (a start-up error such as a bad configuration is reported, not
 * retried).
 */
export async function superviseProcess(
  part: SupervisedPart,
  options: SuperviseOptions = {},
): Promise<SupervisedProcess> {
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
      // What it started may still hold its port or its files; the next process must not find them.
      signalGroup(current, "SIGKILL", options.runId);
      const ranMs = Date.now() - startedAt;
      const next = nextRestart(policy, state, ranMs);
      state = next.state;
      const delayMs = next.delayMs;
      const exit = `The ${part.name} (pid ${current.pid}) exited unexpectedly (${describeExit(code, signal)}) after ${(ranMs / 1000).toFixed(1)} s`;
      if (delayMs === undefined) {
        log(
          `${exit}: ${state.failures} quick exits in a row, so it is not restarted again. Fix the cause (see its output above), then restart the studio.`,
        );
        return;
      }
      log(`${exit}; restarting it in ${(delayMs / 1000).toFixed(1)} s.`);
      restartTimer = setTimeout(() => {
        if (stopping) return;
        child = part.spawn();
        watch(child);
        readyOrExit(child).then(
          () => log(`The ${part.name} is back (pid ${child.pid}).`),
          () => {}, // its exit is logged and handled by watch()
        );
      }, delayMs);
    });
  };

  try {
    await readyOrExit(child);
  } catch (error) {
    signalGroup(child, "SIGKILL", options.runId);
    throw error;
  }
  watch(child);

  return {
    get pid() {
      return hasExited(child) ? undefined : child.pid;
    },
    async stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(restartTimer);
      await stopChild(child, graceMs, options.runId);
    },
  };
}
