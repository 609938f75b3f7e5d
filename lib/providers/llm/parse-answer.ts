import type { z } from "zod";

const MAX_PROBLEMS = 12;

export type ParsedAnswer<T> = { ok: true; value: T } | { ok: false; problems: string };

/**
 * A model's text parsed as JSON and validated by `schema`; when invalid, why, in words a model can act on when it
 * is asked again ("not JSON: …", or one line per schema violation with its path). Local models often wrap JSON in
 * a code fence: the caller strips fences before this.
 */
export function parseAnswer<T>(text: string, schema: z.ZodType<T>): ParsedAnswer<T> {
  if (text.trim() === "") return { ok: false, problems: "the answer was empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: `the answer is not JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "(the whole answer)"}: ${issue.message}`);
  const more = lines.length > MAX_PROBLEMS ? [`and ${lines.length - MAX_PROBLEMS} more`] : [];
  return { ok: false, problems: [...lines.slice(0, MAX_PROBLEMS), ...more].join("; ") };
}
