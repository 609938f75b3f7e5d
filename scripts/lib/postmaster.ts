import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isRunning } from "./studio-processes";

export interface Postmaster {
  pid: number;
  /** pg_postmaster_start_time() as text: the same server gives the same string. */
  startedAt: string;
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
    return { pid, startedAt: rows[0]!.started };
  } finally {
    await client.end();
  }
}

/** Fast shutdown (SIGINT: sessions are ended, the data is kept), then waits until the server is gone. */
export async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return; // already gone
  }
  while (isRunning(pid)) await new Promise((r) => setTimeout(r, 100));
}
