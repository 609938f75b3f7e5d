import type { StageKey } from "@/lib/domain/stages";
import type { StageRegistry, StageOutputs } from "./registry";

/** A stage's output that does not have the shape its module declares: a bug to fix, not a failure a retry mends. */
export class StageOutputInvalidError extends Error {
  constructor(
    readonly stage: StageKey,
    issues: { path: PropertyKey[]; message: string }[],
  ) {
    const where = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(the output)"}: ${i.message}`);
    super(
      `The ${stage} stage's output does not match its schema (${where.join("; ")}${issues.length > 3 ? `; ${issues.length - 3} more` : ""}). Retry the episode once the stage is fixed.`,
    );
    this.name = "StageOutputInvalidError";
  }
}

/** Stored outputs by stage (JSON from the database), each read through its stage's schema. */
export function parseStageOutputs(
  stages: StageRegistry,
  stored: { stage: StageKey; output: unknown }[],
): Partial<StageOutputs> {
  const outputs: Partial<StageOutputs> = {};
  const read = <K extends StageKey>(stage: K, output: unknown) => {
    outputs[stage] = parseStageOutput(stages, stage, output);
  };
  for (const { stage, output } of stored) read(stage, output);
  return outputs;
}

/** Checks an output (as the stage returned it, or as JSON read back from the engine or the database) against its stage's schema. */
export function parseStageOutput<K extends StageKey>(
  stages: StageRegistry,
  stage: K,
  output: unknown,
): StageOutputs[K] {
  const parsed = stages[stage].output.safeParse(output);
  if (!parsed.success) throw new StageOutputInvalidError(stage, parsed.error.issues);
  return parsed.data;
}
