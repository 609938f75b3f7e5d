import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isRunning, startTimeOf } from "./studio-processes";

export interface Postmaster {
  pid: number;
  /** pg_postmaster_start_time() as text: the same server gives the same string. */
  startedAt: string;
  /** When its process started (/proc), to recognise the pid later: undefined where /proc does not tell. */
  processStartedAt: string | undefined;
}

/** The PostgreSQL server behind `url`: its main process (from postmaster.pid in its data folder) and start time. */
export async function readPostmaster(url: string): Promise<Postmaster> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ started: string; dir: string }>(
      "select pg_postmaster_start_time()::text as started, current_setting('data_directory') as dir",
    );
    const pid = Number(readFileSync(path.join(rows[0]!.dir, "postmaster.pid"), "utf8").split("\n")[0]);
    return { pid, startedAt: rows[0]!.started, processStartedAt: startTimeOf(pid) };
  } finally {
    await client.end();
  }
}

/** How long each shutdown mode gets before the next, harsher one. */
const SHUTDOWN_STEPS: { signal: NodeJS.Signals; mode: string; waitMs: number }[] = [
  { signal: "SIGINT", mode: "fast shutdown", waitMs: 30_000 },
  { signal: "SIGQUIT", mode: "immediate shutdown", waitMs: 10_000 },
  { signal: "SIGKILL", mode: "SIGKILL", waitMs: 10_000 },
];

/**
 * Stops the server: fast shutdown (SIGINT: sessions are ended, the data is kept), then immediate shutdown (SIGQUIT:
 * recovery on the next start) and SIGKILL if it hangs, each after a bounded wait. The pid was read when this start
 * began, maybe hours ago: it is signalled only while it is still that server's process.
 */
export async function stopPostmaster(
  postmaster: Postmaster,
  log: (message: string) => void = console.log,
): Promise<void> {
  if (postmaster.processStartedAt === undefined) {
    // No /proc (not Linux): the process can be neither recognised nor watched; ask it once to stop.
    try {
      process.kill(postmaster.pid, "SIGINT");
    } catch {
      /* already gone */
    }
    return;
  }
  const same = () => isRunning(postmaster.pid) && startTimeOf(postmaster.pid) === postmaster.processStartedAt;
  if (isRunning(postmaster.pid) && !same())
    log(`PostgreSQL's pid ${postmaster.pid} now belongs to another process; leaving it alone.`);
  for (const [index, { signal, mode, waitMs }] of SHUTDOWN_STEPS.entries()) {
    if (!same()) return; // stopped, or its pid now belongs to another process
    if (index > 0)
      log(
        `PostgreSQL (pid ${postmaster.pid}) did not stop within ${SHUTDOWN_STEPS[index - 1]!.waitMs / 1000} s; trying ${mode}.`,
      );
    try {
      process.kill(postmaster.pid, signal);
    } catch {
      return; // gone meanwhile
    }
    const deadline = Date.now() + waitMs;
    while (same() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }
  if (same()) log(`PostgreSQL (pid ${postmaster.pid}) is still running after SIGKILL; leaving it.`);
}
