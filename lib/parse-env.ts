import type { z } from "zod";

/** Validates configuration from the environment; a bad value fails at start-up naming the variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid ${String(issue.path[0])}: ${issue.message}`);
  }
  return parsed.data;
}
