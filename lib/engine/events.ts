import { z } from "zod";
import { json, SCHEMA, type Queryable } from "./db";
import { ulid } from "./ids";
import type { EventInput, EventPayload } from "./types";

const eventSchema = z.object({
  name: z.string().min(1, "an event needs a name"),
  data: z.record(z.string(), z.unknown()).nullish(),
  id: z.string().min(1).optional(),
  ts: z.number().optional(),
  user: z.unknown().optional(),
  v: z.string().optional(),
});

/** Validates what `inngest.send()` posts: one event or an array of them. Throws with a readable message. */
export function parseEvents(body: unknown): EventInput[] {
  const result = z.array(eventSchema).safeParse(Array.isArray(body) ? body : [body]);
  if (!result.success) {
    throw new Error(result.error.issues.map((i) => `${i.path.join(".") || "event"}: ${i.message}`).join("; "));
  }
  return result.data.map(({ data, ...event }) => ({ ...event, data: data ?? {} }));
}

/** Inngest ignores an event whose `id` it has already received in the last 24 hours. */
const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

/**
 * Stores events, to be dispatched to functions, waits and cancellations by dispatch.ts. Returns the engine's id
 * for each input in order (an earlier event's id for a duplicate) and the ids actually stored.
 */
export async function insertEvents(
  db: Queryable,
  inputs: EventInput[],
  now: Date,
  options: { dispatched?: boolean } = {},
): Promise<{ ids: string[]; stored: { id: string; payload: EventPayload }[] }> {
  const ids: string[] = [];
  const stored: { id: string; payload: EventPayload }[] = [];
  for (const input of inputs) {
    if (input.id) {
      const { rows } = await db.query<{ id: string }>(
        `select id from ${SCHEMA}.events where idempotency_key = $1 and received_at > $2 limit 1`,
        [input.id, new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS)],
      );
      if (rows[0]) {
        ids.push(rows[0].id);
        continue;
      }
    }
    const id = ulid(now.getTime());
    const payload: EventPayload = {
      ...input,
      id: input.id ?? id,
      data: input.data ?? {},
      ts: input.ts ?? now.getTime(),
    };
    await db.query(
      `insert into ${SCHEMA}.events (id, name, payload, idempotency_key, received_at, dispatched_at)
       values ($1, $2, $3::jsonb, $4, $5, $6)`,
      [id, payload.name, json(payload), input.id ?? null, now, options.dispatched ? now : null],
    );
    ids.push(id);
    stored.push({ id, payload });
  }
  return { ids, stored };
}
