import { z } from "zod";

const failedCheck = z.object({ passed: z.literal(false), detail: z.string() });

/**
 * A stage can succeed (it ran) while what it checks failed: a quality gate's output says `passed: false` with why.
 * That is a warning to show beside the stage, never a green tick. Null when the output passed or is not a check.
 */
export function stageWarning(output: unknown): string | null {
  return failedCheck.safeParse(output).data?.detail ?? null;
}
