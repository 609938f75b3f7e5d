import type { Tier } from "./budget";
import type { Usage } from "./usage";

/** A hosted provider's model, whose price a usage is projected at. */
export interface HostedModel {
  provider: string;
  model: string;
}

/**
 * The hosted models a configuration would bill, by kind of work: what its offline (unpriced) usage is projected
 * at. The writer's model depends on the stage and the tier, as the hosted writer would pick it.
 */
export interface HostedEquivalents {
  writer(stage: string, tier: Tier): HostedModel;
  speech: HostedModel;
  transcription: HostedModel;
  search: HostedModel;
}

/** The hosted model that would have done this usage's work, told apart by its unit; null for a unit none bills. */
export function hostedEquivalentOf(
  usage: Pick<Usage, "unit">,
  call: { stage: string; tier: Tier },
  equivalents: HostedEquivalents,
): HostedModel | null {
  switch (usage.unit) {
    case "input_token":
    case "output_token":
      return equivalents.writer(call.stage, call.tier);
    case "character":
      return equivalents.speech;
    case "minute":
      return equivalents.transcription;
    case "request":
      return equivalents.search;
    default:
      return null;
  }
}
