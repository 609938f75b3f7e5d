#!/usr/bin/env node
// Stands in for Prisma's native `schema-engine` binary, which cannot be downloaded on machines that reach
// only the npm registry. The official CLI runs whatever PRISMA_SCHEMA_ENGINE_BINARY names (prisma.config.ts
// points it here); this script speaks the binary's protocol and forwards every call to the official WASM
// engine (@prisma/schema-engine-wasm), which drives PostgreSQL through @prisma/adapter-pg.
//
// Protocol, as prisma@7.10.1 spawns the binary:
//   schema-engine --version
//   schema-engine [--datamodels <file>]... [--datasource '{"url":..,"shadowDatabaseUrl":..}']
//       JSON-RPC 2.0 over stdin/stdout, one JSON object per line; logs go to stderr as JSON lines.
//   schema-engine --datasource '{"url":..}' cli can-connect-to-database|create-database|drop-database
//       exit 0, or exit 1 with a JSON ERROR line (error_code, message) on stderr.
//
// It relies on internals of the exact versions pinned in package.json (@prisma/schema-engine-wasm
// 8.1.0-2.59be4fda..., @prisma/adapter-pg and @prisma/driver-adapter-utils 7.10.1, pg 8) and reports a clear
// error when one is missing.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

// stdout carries JSON-RPC only: send stray console output to stderr.
console.log = console.info = console.debug = console.error;

const logLine = (level, message, extra = {}) =>
  process.stderr.write(
    `${JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: "schema_engine::logger",
    })}\n`,
  );

function fail(message) {
  process.stderr.write(`schema-engine bridge: ${message}\n`); // for humans; the CLI skips non-JSON lines
  logLine("ERROR", `schema-engine bridge: ${message}`); // the line the CLI reports
  process.exit(1);
}

function need(ok, what) {
  if (!ok) throw new Error(`${what} not found: this bridge needs the exact versions pinned in package.json`);
}

// ---- arguments ----
const args = { datamodels: [], datasource: {} };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === "--version" || a === "-V") args.version = true;
  else if (a === "--datamodels") args.datamodels.push(process.argv[++i]);
  else if (a === "--datasource") args.datasource = JSON.parse(process.argv[++i]);
  else if (a === "--enabled-preview-features" || a === "--extension-types")
    i++; // nothing to pass them to
  else if (a === "cli") args.cli = process.argv[++i];
  else args.unknown = `unknown argument ${a}`;
}
if (args.unknown && (args.cli || args.version)) fail(args.unknown);
const url = args.datasource.url;
const shadowUrl = args.datasource.shadowDatabaseUrl || process.env.SHADOW_DATABASE_URL;
const withDatabase = (u, db) => Object.assign(new URL(u), { pathname: `/${encodeURIComponent(db)}` }).href;
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

if (args.cli) await runCli(); // exits

// ---- one-shot `cli` commands: plain pg, the WASM engine has no database-level commands ----
async function runCli() {
  const { default: pg } = await import("pg").catch((e) => fail(`cannot load pg: ${e.message}`));
  logLine("INFO", `schema-engine bridge: cli ${args.cli}`); // the CLI ignores the first stderr line
  if (!url) fail("cli commands need --datasource with a url");
  const db = decodeURIComponent(new URL(url).pathname.slice(1));
  const at = `${new URL(url).hostname}:${new URL(url).port || 5432}`;
  const run = async (connectionString, sql) => {
    const client = new pg.Client({ connectionString });
    try {
      await client.connect();
      await client.query(sql);
    } finally {
      await client.end().catch(() => {});
    }
  };
  // CREATE/DROP DATABASE run from another database: `postgres`, else `template1`.
  const runAdmin = (sql) =>
    run(withDatabase(url, "postgres"), sql).catch((e) => {
      if (e.code === "3D000") return run(withDatabase(url, "template1"), sql);
      throw e;
    });
  try {
    if (args.cli === "can-connect-to-database") await run(url, "SELECT 1");
    else if (args.cli === "create-database") await runAdmin(`CREATE DATABASE ${quoteIdent(db)}`);
    else if (args.cli === "drop-database") await runAdmin(`DROP DATABASE ${quoteIdent(db)}`);
    else fail(`unknown cli command ${args.cli}`);
    process.exit(0);
  } catch (e) {
    // The native engine's error codes: `migrate dev` offers to create the database on P1003.
    const [error_code, message] =
      e.code === "3D000"
        ? ["P1003", `Database \`${db}\` does not exist on the database server at \`${at}\`.`]
        : e.code === "42P04"
          ? ["P1009", `Database \`${db}\` already exists on the database server at \`${at}\``]
          : e.code === "28P01"
            ? ["P1000", `Authentication failed against database server at \`${at}\`: ${e.message}`]
            : ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT"].includes(e.code)
              ? ["P1001", `Can't reach database server at \`${at}\``]
              : [undefined, e.message];
    logLine("ERROR", message, error_code ? { error_code } : {});
    process.exit(1);
  }
}

// ---- the WASM engine: Node 20 cannot `import` a .wasm file, so instantiate it by hand ----
async function loadWasm() {
  const bgPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgPath);
  need(
    typeof bg.__wbg_set_wasm === "function" && typeof bg.SchemaEngine?.new === "function",
    "@prisma/schema-engine-wasm bindings",
  );
  const wasm = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": bg });
  need(typeof instance.exports.__wbindgen_start === "function", "@prisma/schema-engine-wasm __wbindgen_start");
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

if (args.version) {
  const bg = await loadWasm().catch((e) => fail(e.message));
  process.stdout.write(`schema-engine-cli ${bg.version()} (wasm bridge)\n`);
  process.exit(0);
}

// ---- the driver adapter, with the fixes @prisma/adapter-pg@7.10.1 needs for migrations ----
const PG_CHAR = 18; // PostgreSQL's internal single-byte "char" (pg_class.relkind and other catalogs)
const PG_TEXT = 25;
const shadowDatabases = new Map(); // name -> drop(), for the throwaway shadow databases we create

async function makeAdapterFactory() {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = await import("@prisma/driver-adapter-utils");
  need(typeof PrismaPg === "function", "@prisma/adapter-pg PrismaPg");
  need(
    typeof bindMigrationAwareSqlAdapterFactory === "function" && ColumnTypeEnum?.Character !== undefined,
    "@prisma/driver-adapter-utils exports",
  );
  if (!url) throw new Error("this command needs a database: set DATABASE_URL (prisma.config.ts reads it)");

  let patched = false;
  const charColumns = new WeakMap();
  function patchClasses(adapter) {
    const Adapter = Object.getPrototypeOf(adapter); // PrismaPgAdapter.prototype
    const Queryable = Object.getPrototypeOf(Adapter); // PgQueryable.prototype, shared with transactions
    need(
      typeof Adapter.executeScript === "function" && typeof Adapter.onError === "function" && "client" in adapter,
      "@prisma/adapter-pg PrismaPgAdapter internals (executeScript, onError, client)",
    );
    need(
      typeof Queryable.performIO === "function" && typeof Queryable.queryRaw === "function",
      "@prisma/adapter-pg PgQueryable internals (performIO, queryRaw)",
    );
    const { performIO, queryRaw } = Queryable;
    // 1. "char" has no column-type mapping ("could not be deserialized"): let pg return it as text, then
    //    report it as Character (reporting plain Text makes the engine panic on PostgreSQL 18).
    Queryable.performIO = async function (query) {
      const result = await performIO.call(this, query);
      const found = [];
      // (A multi-statement script, as `db execute` sends through executeRaw, yields an array of results.)
      result.fields?.forEach((f, i) => {
        if (f.dataTypeID === PG_CHAR) {
          f.dataTypeID = PG_TEXT;
          found.push(i);
        }
      });
      if (found.length) charColumns.set(query, found);
      return result;
    };
    Queryable.queryRaw = async function (query) {
      const result = await queryRaw.call(this, query);
      for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    };
    // 3. executeScript() splits on every `;` (breaks $$ bodies, DO blocks, literals). Send the script as one
    //    simple-protocol query: PostgreSQL runs it as one implicit transaction, so a failed migration leaves
    //    nothing half-applied.
    Adapter.executeScript = async function (script) {
      try {
        await this.client.query(script);
      } catch (e) {
        this.onError(e);
      }
    };
    patched = true;
  }
  async function connect(connectionString) {
    const adapter = await new PrismaPg({ connectionString }).connect();
    if (!patched) patchClasses(adapter);
    return adapter;
  }

  // 2. connectToShadowDb() passes `database` next to `connectionString`, which wins, so the "shadow" database
  //    is the main one. Use shadowDatabaseUrl / SHADOW_DATABASE_URL when given, else create a throwaway
  //    database beside the main one (the role needs CREATEDB) and drop it when the engine is done with it.
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(url),
    async connectToShadowDb() {
      if (shadowUrl) {
        // Unlike the native engine, the WASM one does not empty a given shadow database before replaying the
        // migrations into it; do it here (like Prisma, this wipes that database).
        const shadow = await connect(shadowUrl);
        await shadow.executeScript(`DO $$ DECLARE s name; BEGIN
          FOR s IN SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'
          LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP;
          CREATE SCHEMA public; END $$`);
        return shadow;
      }
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = await connect(url);
      await admin.executeScript(`CREATE DATABASE ${quoteIdent(name)}`).catch(async (e) => {
        await admin.dispose();
        throw new Error(
          `cannot create a shadow database (${e.cause?.message ?? e.message}): give the role CREATEDB, or set SHADOW_DATABASE_URL`,
        );
      });
      const shadow = await connect(withDatabase(url, name));
      const drop = async () => {
        shadowDatabases.delete(name);
        await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).finally(() => admin.dispose());
      };
      shadowDatabases.set(name, drop);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await drop();
      };
      return shadow;
    },
  });
}

// ---- JSON-RPC server ----
// A start-up failure is answered to every request rather than by exiting: prisma@7.10.1 exits 0 without a
// word when the engine dies before its first answer.
let engine, adapterFactory, startupError;
const panic = {
  message: "",
  set_message(m) {
    this.message = m;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panic; // where the engine reports panics (as in Prisma's own loader)
try {
  if (args.unknown) throw new Error(args.unknown);
  const bg = await loadWasm();
  adapterFactory = await makeAdapterFactory();
  const datamodels = args.datamodels.length ? args.datamodels.map((f) => [f, fs.readFileSync(f, "utf8")]) : undefined;
  engine = await bg.SchemaEngine.new({ datamodels }, (log) => process.stderr.write(`${log}\n`), adapterFactory);
} catch (e) {
  startupError = `schema-engine bridge: ${rpcError(e).data.message}`;
  logLine("ERROR", startupError);
}

function rpcError(e) {
  if (e instanceof WebAssembly.RuntimeError) {
    const message = panic.message || e.message;
    return { code: 4466, message, data: { is_panic: true, message, backtrace: e.stack } };
  }
  // A JS error thrown inside the adapter reaches us as "External error id#N"; the original is in the registry.
  const id = /External error id#(\d+)/.exec(e?.message ?? "")?.[1];
  const original = id !== undefined ? adapterFactory?.errorRegistry.consumeError(Number(id))?.error : undefined;
  const message = original?.message ?? e?.message ?? String(e);
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, error_code: e?.code, meta: e?.meta ?? null },
  };
}

// The CLI calls the version method getDatabaseVersion; every other name matches the WASM engine's.
const methods = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "getDatabaseVersion",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);
const send = (msg) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...msg })}\n`);

// evaluateDataLoss and createMigration build the schema of the migrations directory without the engine's
// shadow-database factory, so they fail ("shadow DB must be provided through an external factory") unless an
// earlier call cached that schema, as `migrate dev` does not when it has just applied pending migrations.
// diagnoseMigrationHistory has the factory and fills that cache (keyed by the applied migrations): run it, retry.
async function call(method, params) {
  try {
    return await engine[method](params);
  } catch (e) {
    if (!["evaluateDataLoss", "createMigration"].includes(method) || !/external factory/.test(e?.message)) throw e;
    logLine("INFO", `schema-engine bridge: caching the migrations' schema, then retrying ${method}`);
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    return await engine[method](params);
  }
}

async function handle({ id, method, params }) {
  if (startupError)
    return send({ id, error: { code: 4466, message: startupError, data: { is_panic: false, message: startupError } } });
  if (!methods.has(method))
    return send({
      id,
      error: { code: -32601, message: `Method not found: ${method} (not supported by the WASM bridge)` },
    });
  try {
    let result = await call(method === "getDatabaseVersion" ? "version" : method, params);
    if (method === "diff" && result.stdout != null) {
      // The native engine has the CLI print a diff (a `print` request to the CLI); the WASM one returns it.
      send({ id: `print-${id}`, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
      result = { exitCode: result.exitCode };
    }
    send({ id, result: result ?? null });
  } catch (e) {
    send({ id, error: rpcError(e) });
  }
}

let queue = Promise.resolve();
async function shutdown(code) {
  await queue;
  await Promise.allSettled([...shadowDatabases.values()].map((drop) => drop()));
  process.exit(startupError ? 1 : code);
}
readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    if (!line.trim()) return;
    const msg = JSON.parse(line);
    if (msg.method) queue = queue.then(() => handle(msg)); // (lines without a method answer our `print`)
  })
  .on("close", () => shutdown(0));
// The CLI ends stdin and sends SIGTERM at once: still drop any shadow database we created.
process.on("SIGTERM", () => shutdown(0));
process.on("SIGINT", () => shutdown(130));
