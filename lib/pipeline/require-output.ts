import type { StageKey } from "@/lib/domain/stages";
import type { StageOutputs } from "./registry";
import type { StageContext } from "./types";

/** An earlier stage's output that `who` cannot do without. */
export function requireOutput<K extends StageKey>(
  ctx: Pick<StageContext, "outputs">,
  stage: K,
  who = "This stage",
): StageOutputs[K] {
  const output = ctx.outputs[stage];
  if (output === undefined || output === null)
    throw new Error(`${who} needs the ${stage} stage's result, and it has none.`);
  return output;
}
