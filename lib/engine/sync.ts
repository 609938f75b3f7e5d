import type pg from "pg";
import { json, SCHEMA, withTransaction } from "./db";
import type { Logger } from "./types";
import { validateRegistration } from "./validate-function";

/**
 * `POST /fn/register`, the SDK's side of a sync. The body's `status` and `error` are what the SDK reads
 * (registerResSchema in InngestCommHandler): a refusal makes the app's `PUT` answer 400 with our message.
 */
export async function registerApp(
  pool: pg.Pool,
  body: unknown,
  log: Logger,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const result = validateRegistration(body);
  if (!result.ok) {
    const error =
      `The offline Inngest engine refused this app's functions: ${result.errors.join("; ")}. ` +
      "Remove what it does not implement, or run the Inngest Dev Server instead (see docs/engine.md).";
    log.error(`[engine] sync refused: ${error}`);
    return { status: 400, body: { status: 400, error } };
  }
  const { app } = result;
  const now = new Date();
  const modified = await withTransaction(pool, async (tx) => {
    await tx.query(
      `insert into ${SCHEMA}.apps (url, name, sdk, synced_at) values ($1, $2, $3, $4)
       on conflict (url) do update set name = excluded.name, sdk = excluded.sdk, synced_at = excluded.synced_at`,
      [app.url, app.name, app.sdk ?? null, now],
    );
    const { rows: before } = await tx.query<{ id: string; definition: unknown }>(
      `select id, definition from ${SCHEMA}.functions where app_url = $1`,
      [app.url],
    );
    const ids = app.functions.map((f) => f.id);
    await tx.query(`delete from ${SCHEMA}.functions where app_url = $1 and id <> all($2)`, [app.url, ids]);
    for (const fn of app.functions) {
      await tx.query(
        `insert into ${SCHEMA}.functions (id, app_url, name, definition, synced_at) values ($1, $2, $3, $4::jsonb, $5)
         on conflict (id) do update set app_url = excluded.app_url, name = excluded.name,
           definition = excluded.definition, synced_at = excluded.synced_at`,
        [fn.id, app.url, fn.name, json(fn), now],
      );
      await tx.query(`delete from ${SCHEMA}.function_triggers where function_id = $1`, [fn.id]);
      for (const trigger of fn.triggers) {
        await tx.query(
          `insert into ${SCHEMA}.function_triggers (function_id, event_name, expression) values ($1, $2, $3)`,
          [fn.id, trigger.event, trigger.expression ?? null],
        );
      }
    }
    const previous = new Map(before.map((row) => [row.id, JSON.stringify(row.definition)]));
    return before.length !== ids.length || app.functions.some((fn) => !sameJson(previous.get(fn.id), fn));
  });
  log.info(`[engine] synced app "${app.name}" (${app.functions.length} functions) at ${app.url}`);
  return { status: 200, body: { ok: true, modified } };
}

/** jsonb reorders keys, so compare parsed values key-order-independently. */
function sameJson(stored: string | undefined, value: unknown): boolean {
  return stored !== undefined && canonical(JSON.parse(stored)) === canonical(value);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
