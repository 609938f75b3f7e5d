import { randomUUID } from "node:crypto";
import pg from "pg";

// Advisory locks of hold owners are (this space, hashtext(owner id)); the budget lock in meter.ts uses the one-key form.
const OWNER_LOCK_SPACE = 0x5e0b0d6f;

export interface HoldOwner {
  /** Recorded on every budget hold this process takes (MeterScope.holdOwner). */
  id: string;
  /** Holds of processes found gone when this one claimed its id, now released. */
  released: number;
  /** Ends the claim (the process's holds are then releasable by the next process to start). */
  close(): Promise<void>;
}

/**
 * Claims an owner id for the budget holds this process will take, then releases the holds of owners that are gone.
 * An owner is alive while it holds a session advisory lock on a connection it keeps open for its whole life:
 * PostgreSQL drops the lock with the connection when the process dies, however it dies. So any number of workers can
 * share a database: a starting one releases only the holds whose owner's lock it can take, never a live worker's.
 * Holds without an owner (older rows) are left to expire.
 *
 * `onLost` is called if the connection ends other than by close() (PostgreSQL restarted, the session terminated):
 * the lock went with it, so this process now looks dead and the next one to start would release its live holds.
 * The process should then stop taking holds (a worker exits, to be restarted and claim again).
 */
export async function claimHoldOwner(
  databaseUrl: string,
  log: (message: string) => void = () => {},
  onLost: () => void = () => {},
): Promise<HoldOwner> {
  const id = randomUUID();
  const client = new pg.Client({ connectionString: databaseUrl, application_name: `showrunner hold owner ${id}` });
  let closing = false;
  // Without a listener, the error of a dropped connection would crash the process before onLost could run.
  client.on("error", (error) => log(`Budget hold owner ${id} lost its database connection: ${error.message}`));
  client.on("end", () => closing || onLost());
  const close = () => {
    closing = true;
    return client.end();
  };
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1, hashtext($2))", [OWNER_LOCK_SPACE, id]);
    const released = await releaseHoldsOfGoneOwners(client, id);
    return { id, released, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

async function releaseHoldsOfGoneOwners(client: pg.Client, self: string): Promise<number> {
  const { rows } = await client.query<{ owner: string }>(
    `select distinct owner from "BudgetHold" where owner is not null and owner <> $1`,
    [self],
  );
  let released = 0;
  for (const { owner } of rows) {
    const { rows: locked } = await client.query<{ free: boolean }>(
      "select pg_try_advisory_lock($1, hashtext($2)) as free",
      [OWNER_LOCK_SPACE, owner],
    );
    if (!locked[0]?.free) continue;
    try {
      released += (await client.query(`delete from "BudgetHold" where owner = $1`, [owner])).rowCount ?? 0;
    } finally {
      await client.query("select pg_advisory_unlock($1, hashtext($2))", [OWNER_LOCK_SPACE, owner]);
    }
  }
  return released;
}
