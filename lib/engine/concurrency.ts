import { evaluateKey } from "./expressions";
import type { EventPayload, FunctionDefinition } from "./types";

/** A run's concurrency slots: every key it holds while one of its requests is in flight, with its limit. */
export interface ConcurrencySlot {
  key: string;
  limit: number;
}

/**
 * Resolves a function's limits for one triggering event, as Inngest does when the run is created: a `fn` scope
 * is private to the function; `env` and `account` keys are shared by every function that evaluates to the same
 * key (this offline engine has a single environment).
 */
export function resolveConcurrency(fn: FunctionDefinition, event: EventPayload): ConcurrencySlot[] {
  return fn.concurrency.map(({ limit, key, scope }) => {
    if (key === undefined) return { key: `fn:${fn.id}`, limit };
    const value = evaluateKey(key, { event });
    return { key: scope === "fn" ? `fn:${fn.id}:${key}=${value}` : `${scope}:${value}`, limit };
  });
}

/**
 * Picks, in order, the candidates that fit: a candidate fits when each of its keys has fewer requests in flight
 * than its limit, counting the candidates already picked.
 */
export function pickWithinLimits<T extends { concurrency: ConcurrencySlot[] }>(
  candidates: T[],
  inFlight: Map<string, number>,
  max: number,
): T[] {
  const busy = new Map(inFlight);
  const picked: T[] = [];
  for (const candidate of candidates) {
    if (picked.length >= max) break;
    if (candidate.concurrency.some(({ key, limit }) => (busy.get(key) ?? 0) >= limit)) continue;
    for (const { key } of candidate.concurrency) busy.set(key, (busy.get(key) ?? 0) + 1);
    picked.push(candidate);
  }
  return picked;
}
