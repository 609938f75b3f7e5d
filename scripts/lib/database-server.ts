import pg from "pg";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/data-dir";
import { placeEmbeddedPostgres } from "./place-embedded-postgres";

export interface DatabaseServer {
  /** URL of a database on this server, with the given name. */
  urlFor(database: string): string;
  createDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  /** Drops every database whose name matches a LIKE pattern (test runs clean up after themselves). */
  dropDatabasesLike(pattern: string): Promise<void>;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
  embedded: boolean;
}

export { dataDir };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`Refusing unusual database name: ${name}`);
  return `"${name}"`;
}

function serverFromUrl(serverUrl: string, stop: () => Promise<void>, embedded: boolean): DatabaseServer {
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    embedded,
    stop,
    urlFor: (database) => withDatabase(serverUrl, database),
    createDatabase: (database) =>
      admin(async (c) => {
        const exists = await c.query("select 1 from pg_database where datname = $1", [database]);
        if (exists.rowCount === 0) await c.query(`create database ${quoteIdent(database)}`);
      }),
    dropDatabase: (database) =>
      admin(async (c) => void (await c.query(`drop database if exists ${quoteIdent(database)} with (force)`))),
    dropDatabasesLike: (pattern) =>
      admin(async (c) => {
        const { rows } = await c.query<{ datname: string }>("select datname from pg_database where datname like $1", [
          pattern,
        ]);
        for (const { datname } of rows) await c.query(`drop database if exists ${quoteIdent(datname)} with (force)`);
      }),
  };
}

/**
 * The PostgreSQL server for this checkout: the one in `serverUrl` when given (any database on it works), else an
 * embedded PostgreSQL kept under the data folder (created on first use, reused when already running; as root, see
 * place-embedded-postgres.ts for a checkout in a private folder).
 */
export async function startDatabaseServer(serverUrl?: string): Promise<DatabaseServer> {
  if (serverUrl) return serverFromUrl(serverUrl, async () => {}, false);

  const root = dataDir();
  mkdirSync(root, { recursive: true });
  const credentialsFile = path.join(root, "postgres.json");
  const port = Number(process.env.SHOWRUNNER_PG_PORT ?? 54320);
  if (!existsSync(credentialsFile)) {
    writeFileSync(credentialsFile, JSON.stringify({ password: randomBytes(18).toString("hex") }), { mode: 0o600 });
  }
  const { password } = JSON.parse(readFileSync(credentialsFile, "utf8")) as { password: string };
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;

  // Another process of this checkout (the studio, a test run) may already have it running.
  if (await canConnect(url)) return serverFromUrl(url, async () => {}, true);

  const { EmbeddedPostgres, clusterDir, note } = await placeEmbeddedPostgres(root);
  if (note) console.log(note);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    // Only root needs (and may create) the postgres user; for anyone else the library would try to create it and fail.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      if (process.env.SHOWRUNNER_DEBUG_DB) console.error("[postgres]", String(message));
    },
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  if (!(await canConnect(url))) {
    throw new Error(
      `The embedded PostgreSQL did not accept connections on port ${port}. Is another program using that port? ` +
        `Set SHOWRUNNER_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  return serverFromUrl(url, () => server.stop(), true);
}
