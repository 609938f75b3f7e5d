import pg from "pg";

/** Everything the engine stores lives in this schema, outside the product's Prisma-managed `public`. */
export const SCHEMA = "inngest_engine";

export type Queryable = pg.Pool | pg.PoolClient;

/**
 * Advisory-lock keys (first int of the two-int form). One namespace per purpose so they never collide with
 * each other or with locks other software takes.
 */
export const LOCKS = {
  migrate: 0x1e6e0001,
  claim: 0x1e6e0002,
  eventName: 0x1e6e0003,
  worker: 0x1e6e0004,
} as const;

export function createPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: "inngest-engine" });
  // An idle connection dropped by the server (a restart, a stopped embedded PostgreSQL) is taken out of the pool
  // by pg; without a listener its 'error' event would crash the process. Queries in flight still reject.
  pool.on("error", () => {});
  return pool;
}

const DEADLOCK_DETECTED = "40P01";

/**
 * Runs `work` in a transaction, retrying it when PostgreSQL aborted it to break a deadlock (rare: locks are
 * taken in a fixed order, event names before runs, but a run ending may settle its parent's invoke).
 */
export async function withTransaction<T>(pool: pg.Pool, work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const tx = await pool.connect();
    let broken = false;
    try {
      await tx.query("begin");
      const result = await work(tx);
      await tx.query("commit");
      return result;
    } catch (error) {
      await tx.query("rollback").catch(() => (broken = true));
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || code !== DEADLOCK_DETECTED) throw error;
    } finally {
      tx.release(broken);
    }
  }
}

/** Serializes transactions touching the same event name (see waits.ts for why). Names are locked sorted. */
export async function lockEventNames(tx: pg.PoolClient, names: Iterable<string>): Promise<void> {
  for (const name of [...new Set(names)].sort()) {
    await tx.query("select pg_advisory_xact_lock($1, hashtext($2))", [LOCKS.eventName, name]);
  }
}

/** JSON for a jsonb parameter: pg would turn a JS array into a PostgreSQL array otherwise. */
export function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}
