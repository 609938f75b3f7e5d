import { z } from "zod";
import { resolveTime } from "./duration";
import { expressionError } from "./expressions";
import type { SerializedError, StepOutcome } from "./types";
import { isRecord } from "./validate-function";

/** The step ops of a 206 reply, as inngest@4.24.0 sends them, and what the engine does with each. */
const opSchema = z.object({
  id: z.string().min(1),
  op: z.string(),
  name: z.string().optional(),
  displayName: z.string().optional(),
  opts: z.record(z.string(), z.unknown()).nullish(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
  userland: z.object({ id: z.string().optional() }).nullish(),
});
export type SdkOp = z.infer<typeof opSchema>;

export function parseOps(body: unknown): SdkOp[] | undefined {
  const result = z.array(opSchema).min(1).safeParse(body);
  return result.success ? result.data : undefined;
}

export type OpAction =
  | { kind: "record"; step: StepRef; outcome: StepOutcome }
  | { kind: "retry" }
  | { kind: "plan"; step: StepRef }
  | { kind: "sleep"; step: StepRef; until: Date }
  | { kind: "wait-event"; step: StepRef; event: string; expression?: string; expiresAt: Date }
  | { kind: "invoke"; step: StepRef; functionId: string; payload: Record<string, unknown>; expiresAt?: Date };

export interface StepRef {
  stepId: string;
  /** The step's readable id (the wire id is its sha1). */
  name: string | null;
  op: string;
}

/** Ops the engine does not implement, with the SDK call that produces them, for the refusal message. */
const REFUSED: Record<string, string> = {
  AIGateway: "step.ai.infer()",
  Gateway: "step.fetch()",
  WaitForSignal: "step.waitForSignal()",
  RunComplete: "checkpointing",
  DiscoveryRequest: "checkpointing",
  DeferAdd: "defer()",
  DeferAbort: "defer()",
};

/**
 * Turns a reply's ops into actions, or a refusal naming the first op the engine cannot honour (the run then
 * fails with it rather than silently skipping the step). `attempt`/`maxAttempts` decide whether a StepError is
 * retried or becomes the step's final error.
 */
export function planOps(
  ops: SdkOp[],
  { attempt, maxAttempts, now }: { attempt: number; maxAttempts: number; now: Date },
): { actions: OpAction[] } | { refusal: string } {
  const actions: OpAction[] = [];
  for (const op of ops) {
    const step: StepRef = { stepId: op.id, name: op.userland?.id ?? op.displayName ?? op.name ?? null, op: op.op };
    const label = `step "${step.name ?? op.id}"`;
    const opts = op.opts ?? {};
    try {
      switch (op.op) {
        case "StepRun":
          actions.push({ kind: "record", step, outcome: { data: op.data ?? null } });
          break;
        case "StepFailed":
          actions.push({ kind: "record", step, outcome: { error: toError(op.error) } });
          break;
        case "StepError":
          actions.push(
            attempt + 1 < maxAttempts
              ? { kind: "retry" }
              : { kind: "record", step, outcome: { error: toError(op.error) } },
          );
          break;
        case "StepPlanned":
          if (opts.parallelMode !== undefined) {
            return {
              refusal: `${label} runs in group.parallel race mode, which the offline engine does not implement`,
            };
          }
          actions.push({ kind: "plan", step });
          break;
        case "Sleep":
          // The SDK puts the duration (or ISO date, for sleepUntil) in `name`.
          actions.push({ kind: "sleep", step, until: resolveTime(op.name ?? "", now) });
          break;
        case "WaitForEvent":
          actions.push(waitForEvent(op, step, opts, now));
          break;
        case "InvokeFunction": {
          if (typeof opts.function_id !== "string") throw new Error("no opts.function_id");
          actions.push({
            kind: "invoke",
            step,
            functionId: opts.function_id,
            payload: isRecord(opts.payload) ? opts.payload : {},
            expiresAt: typeof opts.timeout === "string" ? resolveTime(opts.timeout, now) : undefined,
          });
          break;
        }
        default: {
          const what = REFUSED[op.op] ? `${op.op} (${REFUSED[op.op]})` : `the unknown op ${op.op}`;
          return { refusal: `${label} uses ${what}, which the offline engine does not implement` };
        }
      }
    } catch (error) {
      return { refusal: `${label} sent a malformed ${op.op} op: ${(error as Error).message}` };
    }
  }
  return { actions };
}

function waitForEvent(op: SdkOp, step: StepRef, opts: Record<string, unknown>, now: Date): OpAction {
  // The SDK puts the event name in `name` and `match: "x"` as `if: "event.x == async.x"`.
  if (!op.name) throw new Error("no event name");
  if (typeof opts.timeout !== "string") throw new Error("no opts.timeout");
  const expiresAt = resolveTime(opts.timeout, now);
  const expression = typeof opts.if === "string" ? opts.if : undefined;
  const invalid = expression === undefined ? undefined : expressionError(expression);
  if (invalid) {
    // A bad expression is the function's bug: fail the step, as Inngest does, so the function sees the error.
    const message = `waitForEvent "${step.name}" has an invalid \`if\` expression ${JSON.stringify(expression)}: ${invalid}`;
    return { kind: "record", step, outcome: { error: { name: "Error", message } } };
  }
  return { kind: "wait-event", step, event: op.name, expression, expiresAt };
}

/** The SDK's serialized error, normalised to at least a name and message. */
export function toError(value: unknown): SerializedError {
  if (isRecord(value)) {
    return {
      ...value,
      name: typeof value.name === "string" ? value.name : "Error",
      message: typeof value.message === "string" ? value.message : JSON.stringify(value),
    };
  }
  return { name: "Error", message: typeof value === "string" ? value : JSON.stringify(value ?? null) };
}
