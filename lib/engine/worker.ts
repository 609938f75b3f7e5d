import pg from "pg";
import { LOCKS, SCHEMA } from "./db";
import type { Logger } from "./types";

/**
 * An engine process's identity on the database. The process holds a session advisory lock keyed by its id for
 * as long as its session lives; a claimed job whose worker's lock is gone (the process crashed or lost its
 * connection) is released by the next claim (jobs.ts), so its run goes on at once on any engine.
 */
export class Worker {
  private session: pg.Client | undefined;
  private current = 0;
  private closing = false;

  private constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  static async register(databaseUrl: string, log: Logger): Promise<Worker> {
    const worker = new Worker(databaseUrl, log);
    await worker.connect();
    return worker;
  }

  /** The id jobs are claimed under; it changes when a lost session is replaced. */
  get id(): number {
    return this.current;
  }

  /**
   * True when the session is up, reconnecting under a new id if it was lost. Claims made under the old id
   * are then released like a dead process's, and their replies dropped: at-least-once, as in Inngest.
   */
  async ensure(): Promise<boolean> {
    if (this.session) return true;
    try {
      await this.connect();
      this.log.warn(`[engine] reconnected to the database as worker ${this.current}`);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.session?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    const lost = (reason: string) => {
      if (this.session !== client || this.closing) return;
      this.session = undefined;
      this.log.error(`[engine] lost its database session (${reason}); requests in flight will be run again`);
    };
    client.on("error", (error) => lost(error.message));
    client.on("end", () => lost("connection closed"));
    try {
      await client.connect();
      const { rows } = await client.query<{ id: string }>(`select nextval('${SCHEMA}.worker_ids') as id`);
      const id = Number(rows[0]!.id);
      await client.query(`set application_name = 'inngest-engine-worker-${id}'`);
      await client.query("select pg_advisory_lock($1, $2)", [LOCKS.worker, id]);
      this.current = id;
      this.session = client;
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
  }
}
