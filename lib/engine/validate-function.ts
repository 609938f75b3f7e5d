import { resolveTime } from "./duration";
import { expressionError } from "./expressions";
import type { CancelTrigger, ConcurrencyLimit, FunctionDefinition } from "./types";

/**
 * Checks the functions of a sync (`POST /fn/register`) against what the engine implements. Anything else is
 * refused by name, never ignored: running a throttled or debounced function without throttling or debouncing
 * would behave differently from Inngest without anyone noticing.
 */
export interface AppRegistration {
  url: string;
  name: string;
  sdk?: string;
  functions: FunctionDefinition[];
}

export type RegistrationResult = { ok: true; app: AppRegistration } | { ok: false; errors: string[] };

const SUPPORTED_OPTIONS = new Set(["id", "name", "triggers", "steps", "concurrency", "cancel"]);
const DEFAULT_RETRIES = 3;
const MAX_RETRIES = 20;

export function validateRegistration(body: unknown): RegistrationResult {
  if (!isRecord(body)) return { ok: false, errors: ["the sync body is not a JSON object"] };
  const errors: string[] = [];
  if (typeof body.url !== "string" || !URL.canParse(body.url)) errors.push("the sync has no valid app `url`");
  if (typeof body.appName !== "string" || !body.appName) errors.push("the sync has no `appName`");
  if (!Array.isArray(body.functions)) errors.push("the sync has no `functions` array");
  if (errors.length) return { ok: false, errors };

  const functions: FunctionDefinition[] = [];
  for (const raw of body.functions as unknown[]) {
    const result = validateFunction(raw);
    errors.push(...result.errors);
    if (result.definition) functions.push(result.definition);
  }
  const ids = functions.map((f) => f.id);
  for (const id of new Set(ids)) {
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) errors.push(`function "${id}" is defined twice`);
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    app: {
      url: body.url as string,
      name: body.appName as string,
      sdk: typeof body.sdk === "string" ? body.sdk : undefined,
      functions,
    },
  };
}

export function validateFunction(raw: unknown): { definition?: FunctionDefinition; errors: string[] } {
  if (!isRecord(raw) || typeof raw.id !== "string" || !raw.id) {
    return { errors: ["a function has no `id`"] };
  }
  const id = raw.id;
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`function "${id}" ${message}`);

  for (const [option, value] of Object.entries(raw)) {
    if (SUPPORTED_OPTIONS.has(option) || value === undefined || value === null) continue;
    fail(`uses "${option}", which the offline engine does not implement`);
  }

  const step = parseStep(raw.steps, fail);
  const definition: FunctionDefinition = {
    id,
    name: typeof raw.name === "string" && raw.name ? raw.name : id,
    url: step?.url ?? "",
    triggers: parseTriggers(raw.triggers, fail),
    maxAttempts: (step?.retries ?? DEFAULT_RETRIES) + 1,
    concurrency: parseConcurrency(raw.concurrency, fail),
    cancel: parseCancel(raw.cancel, fail),
  };
  return errors.length ? { errors } : { definition, errors };
}

type Fail = (message: string) => void;

function parseStep(steps: unknown, fail: Fail): { url: string; retries?: number } | undefined {
  if (!isRecord(steps) || !isRecord(steps.step) || Object.keys(steps).length !== 1) {
    fail('has no single "step" entry in `steps`');
    return undefined;
  }
  const { runtime, retries, ...rest } = steps.step;
  refuseUnknown(rest, ["id", "name"], "steps.step", fail);
  if (!isRecord(runtime) || runtime.type !== "http" || typeof runtime.url !== "string" || !URL.canParse(runtime.url)) {
    fail(
      `has runtime ${JSON.stringify(runtime)}; the offline engine only calls functions over HTTP (no connect workers)`,
    );
    return undefined;
  }
  if (retries === undefined || retries === null) return { url: runtime.url };
  const attempts = isRecord(retries) ? retries.attempts : undefined;
  if (!Number.isInteger(attempts) || (attempts as number) < 0 || (attempts as number) > MAX_RETRIES) {
    fail(`has retries ${JSON.stringify(retries)}; expected a whole number from 0 to ${MAX_RETRIES}`);
    return undefined;
  }
  return { url: runtime.url, retries: attempts as number };
}

function parseTriggers(triggers: unknown, fail: Fail): FunctionDefinition["triggers"] {
  if (triggers === undefined || triggers === null) return [];
  if (!Array.isArray(triggers)) {
    fail("has `triggers` that is not an array");
    return [];
  }
  const parsed: FunctionDefinition["triggers"] = [];
  for (const trigger of triggers) {
    if (isRecord(trigger) && "cron" in trigger) {
      fail(`uses a cron trigger ("${String(trigger.cron)}"), which the offline engine does not implement`);
      continue;
    }
    if (!isRecord(trigger) || typeof trigger.event !== "string" || !trigger.event) {
      fail(`has a trigger without an event name: ${JSON.stringify(trigger)}`);
      continue;
    }
    const { event, expression, ...rest } = trigger;
    refuseUnknown(rest, [], `the trigger on "${event}"`, fail);
    if (checkExpression(expression, `trigger expression on "${event}"`, fail)) {
      parsed.push(typeof expression === "string" ? { event, expression } : { event });
    }
  }
  return parsed;
}

function parseConcurrency(concurrency: unknown, fail: Fail): ConcurrencyLimit[] {
  if (concurrency === undefined || concurrency === null) return [];
  const items = Array.isArray(concurrency) ? concurrency : [concurrency];
  if (items.length > 2) {
    fail(`has ${items.length} concurrency limits; Inngest allows at most 2`);
    return [];
  }
  const limits: ConcurrencyLimit[] = [];
  for (const item of items) {
    const option = typeof item === "number" ? { limit: item } : item;
    if (!isRecord(option) || !Number.isInteger(option.limit) || (option.limit as number) < 0) {
      fail(`has concurrency ${JSON.stringify(item)}; expected a whole-number limit`);
      continue;
    }
    const { limit, key, scope = "fn", ...rest } = option;
    refuseUnknown(rest, [], "concurrency", fail);
    if (scope !== "fn" && scope !== "env" && scope !== "account") {
      fail(`has concurrency scope ${JSON.stringify(scope)}; expected "fn", "env" or "account"`);
      continue;
    }
    if (scope !== "fn" && typeof key !== "string") {
      fail(`has a concurrency limit with scope "${scope}" but no key, which Inngest requires`);
      continue;
    }
    if (!checkExpression(key, "concurrency key", fail)) continue;
    // A limit of 0 means "no limit" in Inngest's config.
    if (limit === 0) continue;
    limits.push(typeof key === "string" ? { limit: limit as number, key, scope } : { limit: limit as number, scope });
  }
  return limits;
}

function parseCancel(cancel: unknown, fail: Fail): CancelTrigger[] {
  if (cancel === undefined || cancel === null) return [];
  if (!Array.isArray(cancel)) {
    fail("has `cancel` (cancelOn) that is not an array");
    return [];
  }
  const parsed: CancelTrigger[] = [];
  for (const item of cancel) {
    if (!isRecord(item) || typeof item.event !== "string" || !item.event) {
      fail(`has a cancelOn entry without an event name: ${JSON.stringify(item)}`);
      continue;
    }
    const { event, if: condition, timeout, ...rest } = item;
    refuseUnknown(rest, [], `cancelOn "${event}"`, fail);
    if (!checkExpression(condition, `cancelOn expression for "${event}"`, fail)) continue;
    if (timeout !== undefined && (typeof timeout !== "string" || !isTimeString(timeout))) {
      fail(`has cancelOn "${event}" with timeout ${JSON.stringify(timeout)}; expected a time string or ISO date`);
      continue;
    }
    parsed.push({
      event,
      ...(typeof condition === "string" ? { if: condition } : {}),
      ...(typeof timeout === "string" ? { timeout } : {}),
    });
  }
  return parsed;
}

/** True when `source` is absent or a valid expression; reports a syntax error naming `what`. */
function checkExpression(source: unknown, what: string, fail: Fail): boolean {
  if (source === undefined || source === null) return true;
  const error = typeof source === "string" ? expressionError(source) : "not a string";
  if (error) fail(`has an invalid ${what} ${JSON.stringify(source)}: ${error}`);
  return !error;
}

function refuseUnknown(rest: Record<string, unknown>, allowed: string[], where: string, fail: Fail) {
  for (const [key, value] of Object.entries(rest)) {
    if (!allowed.includes(key) && value !== undefined && value !== null) {
      fail(`uses "${key}" in ${where}, which the offline engine does not implement`);
    }
  }
}

function isTimeString(value: string): boolean {
  try {
    resolveTime(value, new Date());
    return true;
  } catch {
    return false;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
