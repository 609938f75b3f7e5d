import { parse, type ParseResult } from "@marcbachmann/cel-js";

/**
 * CEL expressions as Inngest uses them: trigger `if`s see `event`; cancelOn and waitForEvent `if`s see `event`
 * (the run's triggering event) and `async` (the incoming one); concurrency keys see `event`.
 */
const compiled = new Map<string, ParseResult>();
const MAX_CACHED = 1_000;

/** Parses once per distinct source; throws with the parser's message on a syntax error. */
function compileExpression(source: string): ParseResult {
  let expression = compiled.get(source);
  if (!expression) {
    expression = parse(source);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, expression);
  }
  return expression;
}

/** The syntax error in `source`, or undefined when it parses. */
export function expressionError(source: string): string | undefined {
  try {
    compileExpression(source);
    return undefined;
  } catch (error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
  }
}

/**
 * Whether `source` holds for these variables. An evaluation error (a missing field, mismatched types) is no
 * match, as a missing field never matches in Inngest.
 */
export function matches(source: string, variables: Record<string, unknown>): boolean {
  try {
    return compileExpression(source)(variables) === true;
  } catch {
    return false;
  }
}

/** A concurrency key's value as a string; an expression that cannot be evaluated yields the empty key. */
export function evaluateKey(source: string, variables: Record<string, unknown>): string {
  let value: unknown;
  try {
    value = compileExpression(source)(variables);
  } catch {
    return "";
  }
  if (typeof value === "string") return value;
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
}
