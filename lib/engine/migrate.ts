import type pg from "pg";
import { LOCKS, SCHEMA } from "./db";

/**
 * The engine's own versioned migrations. Each runs once, in a transaction, recorded in
 * `inngest_engine.schema_migrations`; an advisory lock keeps two engines starting together from racing.
 * Append new migrations; never edit an applied one.
 */
const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "initial",
    sql: `
create table ${SCHEMA}.apps (
  url text primary key,
  name text not null,
  sdk text,
  synced_at timestamptz not null
);

create table ${SCHEMA}.functions (
  id text primary key,
  app_url text not null references ${SCHEMA}.apps (url) on delete cascade,
  name text not null,
  definition jsonb not null,
  synced_at timestamptz not null
);

create table ${SCHEMA}.function_triggers (
  function_id text not null references ${SCHEMA}.functions (id) on delete cascade,
  event_name text not null,
  expression text
);
create index function_triggers_by_event on ${SCHEMA}.function_triggers (event_name);

create table ${SCHEMA}.events (
  seq bigserial primary key,
  id text not null unique,
  name text not null,
  payload jsonb not null,
  idempotency_key text,
  received_at timestamptz not null,
  dispatched_at timestamptz
);
create index events_undispatched on ${SCHEMA}.events (seq) where dispatched_at is null;
create index events_by_name on ${SCHEMA}.events (name, received_at);
create index events_by_idempotency_key on ${SCHEMA}.events (idempotency_key, received_at)
  where idempotency_key is not null;

create table ${SCHEMA}.runs (
  id text primary key,
  function_id text not null,
  event_id text not null,
  event jsonb not null,
  status text not null check (status in ('running', 'completed', 'failed', 'cancelled')),
  max_attempts int not null,
  concurrency jsonb not null,
  force_step_plan boolean not null default false,
  output jsonb,
  error jsonb,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  ended_at timestamptz
);
create index runs_by_function on ${SCHEMA}.runs (function_id, created_at desc);
create index runs_by_status on ${SCHEMA}.runs (status, created_at desc);

create table ${SCHEMA}.steps (
  run_id text not null references ${SCHEMA}.runs (id) on delete cascade,
  id text not null,
  seq bigserial,
  name text,
  op text not null,
  outcome jsonb not null,
  attempts int not null,
  completed_at timestamptz not null,
  primary key (run_id, id)
);

create table ${SCHEMA}.jobs (
  id bigserial primary key,
  run_id text not null references ${SCHEMA}.runs (id) on delete cascade,
  step_id text,
  step_name text,
  attempt int not null default 0,
  run_at timestamptz not null,
  worker_id int,
  claimed_at timestamptz
);
create unique index jobs_one_discovery on ${SCHEMA}.jobs (run_id) where step_id is null;
create unique index jobs_one_per_step on ${SCHEMA}.jobs (run_id, step_id) where step_id is not null;
create index jobs_due on ${SCHEMA}.jobs (run_at) where worker_id is null;
create index jobs_in_flight on ${SCHEMA}.jobs (worker_id) where worker_id is not null;

create table ${SCHEMA}.waits (
  run_id text not null references ${SCHEMA}.runs (id) on delete cascade,
  step_id text not null,
  step_name text,
  op text not null,
  kind text not null check (kind in ('sleep', 'event', 'invoke')),
  event_name text,
  expression text,
  invoked_run_id text,
  registered_at timestamptz not null,
  expires_at timestamptz,
  primary key (run_id, step_id)
);
create index waits_by_event on ${SCHEMA}.waits (event_name) where kind = 'event';
create index waits_by_invoked_run on ${SCHEMA}.waits (invoked_run_id) where kind = 'invoke';
create index waits_by_expiry on ${SCHEMA}.waits (expires_at) where expires_at is not null;

create table ${SCHEMA}.cancellations (
  run_id text not null references ${SCHEMA}.runs (id) on delete cascade,
  event_name text not null,
  expression text,
  expires_at timestamptz
);
create index cancellations_by_event on ${SCHEMA}.cancellations (event_name);
create index cancellations_by_run on ${SCHEMA}.cancellations (run_id);

create sequence ${SCHEMA}.worker_ids;
`,
  },
];

/** Applies pending migrations; returns the versions it applied. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1, 0)", [LOCKS.migrate]);
    await client.query(`create schema if not exists ${SCHEMA}`);
    await client.query(
      `create table if not exists ${SCHEMA}.schema_migrations (
         version int primary key, name text not null, applied_at timestamptz not null default now())`,
    );
    const { rows } = await client.query<{ version: number }>(`select version from ${SCHEMA}.schema_migrations`);
    const applied = new Set(rows.map((r) => r.version));
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      try {
        await client.query("begin");
        await client.query(migration.sql);
        await client.query(`insert into ${SCHEMA}.schema_migrations (version, name) values ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new Error(
          `Engine migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
        );
      }
      done.push(migration.version);
    }
    return done;
  } finally {
    await client.query("select pg_advisory_unlock($1, 0)", [LOCKS.migrate]).catch(() => {});
    client.release();
  }
}
