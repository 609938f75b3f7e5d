import { z } from "zod";

const MAX_PROBLEMS = 12;

/**
 * Why a model's text is not a valid answer for `schema`, in words a model can act on when it is asked again
 * ("not JSON: …", or one line per schema violation with its path); null when the answer is valid. Local models
 * often wrap JSON in a code fence: the caller strips fences before this check.
 */
export function describeInvalidAnswer(text: string, schema: z.ZodType<unknown>): string | null {
  if (text.trim() === "") return "the answer was empty";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `the answer is not JSON (${(error as Error).message})`;
  }
  const result = schema.safeParse(value);
  if (result.success) return null;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "(the whole answer)"}: ${issue.message}`);
  const more = lines.length > MAX_PROBLEMS ? [`and ${lines.length - MAX_PROBLEMS} more`] : [];
  return [...lines.slice(0, MAX_PROBLEMS), ...more].join("; ");
}
