import { z } from "zod";

/**
 * Shapes every entry point shares, so no client value reaches the database unchecked: ids look like the ids the
 * studio gives out, and no string carries a NUL (PostgreSQL refuses it in text, which would surface as a 500).
 */

/** Prisma's `cuid()` ids (and the load seed's cuid-like ones): a "c", then lowercase letters and digits. */
const ID_SHAPE = /^c[a-z0-9]{19,39}$/;

export const isId = (value: string): boolean => ID_SHAPE.test(value);

export const idSchema = (what: string) =>
  z.string({ error: `Say which ${what}.` }).regex(ID_SHAPE, `That is not a valid ${what} id.`);

/** Nesting deeper than any form sends is refused, so walking a value stays cheap whatever a client posts. */
export const MAX_INPUT_DEPTH = 16;

export const NUL_MESSAGE = "Text cannot contain NUL characters (\\u0000).";

type Issue = { path: (string | number)[]; message: string };

/** Where `value` holds a NUL (in a string or an object key), or nests too deeply; at most a few issues are named. */
export function findUnsafeText(value: unknown, path: (string | number)[] = [], issues: Issue[] = []): Issue[] {
  if (issues.length >= 5) return issues;
  if (typeof value === "string") {
    if (value.includes("\u0000")) issues.push({ path, message: NUL_MESSAGE });
    return issues;
  }
  if (value === null || typeof value !== "object") return issues;
  if (path.length >= MAX_INPUT_DEPTH) {
    issues.push({ path, message: `Values nest at most ${MAX_INPUT_DEPTH} levels deep.` });
    return issues;
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === "string" && key.includes("\u0000")) issues.push({ path, message: NUL_MESSAGE });
    findUnsafeText(child, [...path, key], issues);
  }
  return issues;
}

/** `schema`, refusing first any input with a NUL anywhere in it (each named at its field) or nested too deeply. */
export function refuseUnsafeText<T extends z.ZodType>(schema: T) {
  return z.preprocess<z.input<T>, T, z.input<T>>((value, ctx) => {
    for (const issue of findUnsafeText(value)) ctx.addIssue({ code: "custom", ...issue });
    return value;
  }, schema);
}

/** The largest value of a PostgreSQL `integer` (Prisma `Int`) column. */
export const INT4_MAX = 2_147_483_647;
