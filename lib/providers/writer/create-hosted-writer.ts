import type { z } from "zod";
import type { Usage } from "@/lib/domain/usage";
import type { CallOptions } from "@/lib/providers/call-options";
import { withSpentUsage } from "@/lib/providers/errors";
import type { LanguageModelPort } from "@/lib/providers/llm/types";
import { enforceBrandScores } from "./hosted/enforce-brand-scores";
import { enforceBrief } from "./hosted/enforce-brief";
import { enforceClaims } from "./hosted/enforce-claims";
import { enforceJudgements } from "./hosted/enforce-judgements";
import { enforcePlan } from "./hosted/enforce-plan";
import { enforceScript } from "./hosted/enforce-script";
import { enforceRevision } from "./hosted/enforce-revision";
import { requestFor } from "./prompts/task-prompts";
import { brandJudgementSchema } from "@/lib/domain/brand-dimensions";
import { contentJudgementSchema } from "@/lib/domain/content-judgement";
import { enforceContentJudgement } from "./hosted/enforce-content-judgement";
import { extractClaimsOutputSchema, judgeClaimsOutputSchema } from "./schemas";
import { briefSchema } from "@/lib/domain/research";
import { episodePlanSchema } from "@/lib/domain/episode-plan";
import { scriptSchema } from "@/lib/domain/script";
import { TASK_SCHEMAS } from "./task-schemas";
import { TASK_PURPOSE, type ResearchWriter, type WriterInput, type WriterTask } from "./types";

/**
 * The writer on a hosted language model (Anthropic, OpenAI or an OpenAI-compatible server through the AI SDK): one structured call per task, the
 * task's output schema as the answer's schema, the show's brand profile in the system prompt, and the offline
 * writer's invariants enforced on the answer (see hosted/).
 */
export function createHostedWriter(model: LanguageModelPort): ResearchWriter {
  const id = model.provider;
  if (id !== "anthropic" && id !== "openai" && id !== "openai-compatible")
    throw new Error(`No hosted writer for language model provider "${id}"`);

  async function ask<K extends WriterTask, T>(
    task: K,
    raw: WriterInput<K>,
    schema: z.ZodType<T>,
    options?: CallOptions,
  ) {
    const input = TASK_SCHEMAS[task].input.parse(raw);
    const { object, usage } = await model.generate({ ...requestFor(task, input), tier: input.tier, schema }, options);
    return { input, object, usage };
  }

  /** The answer with its invariants enforced; one they refuse was billed all the same, so its error carries the usage. */
  function settle<O>(usage: Usage[], enforce: () => O) {
    try {
      return { output: enforce(), usage };
    } catch (error) {
      throw withSpentUsage(error, usage);
    }
  }

  return {
    id,
    async extractClaims(raw, options) {
      const { input, object, usage } = await ask("extractClaims", raw, extractClaimsOutputSchema, options);
      return settle(usage, () => enforceClaims(object, input));
    },
    async judgeClaims(raw, options) {
      const { input, object, usage } = await ask("judgeClaims", raw, judgeClaimsOutputSchema, options);
      return settle(usage, () => enforceJudgements(object, input));
    },
    async synthesize(raw, options) {
      const { input, object, usage } = await ask("synthesize", raw, briefSchema, options);
      return settle(usage, () => enforceBrief(object, input));
    },
    async planEpisode(raw, options) {
      const { input, object, usage } = await ask("planEpisode", raw, episodePlanSchema, options);
      return settle(usage, () => enforcePlan(object, input));
    },
    async writeScript(raw, options) {
      const { input, object, usage } = await ask("writeScript", raw, scriptSchema, options);
      return settle(usage, () => enforceScript(object, input));
    },
    async reviseScript(raw, options) {
      const { input, object, usage } = await ask("reviseScript", raw, scriptSchema, options);
      return settle(usage, () => enforceRevision(object, input));
    },
    async judgeBrand(raw, options) {
      const { object, usage } = await ask("judgeBrand", raw, brandJudgementSchema, options);
      return settle(usage, () => enforceBrandScores(object));
    },
    async judgeContent(raw, options) {
      const { object, usage } = await ask("judgeContent", raw, contentJudgementSchema, options);
      const model = usage[0]?.model ?? id;
      return settle(usage, () => ({ model, judgement: enforceContentJudgement(object) }));
    },
    estimate(task, raw) {
      const input = TASK_SCHEMAS[task].input.parse(raw);
      return model.estimate({ ...requestFor(task, input), tier: input.tier, schema: TASK_SCHEMAS[task].answer });
    },
    // Lists the provider's models (free): a generation probe would spend tokens on every check.
    async health() {
      const { ok, detail } = await model.health();
      const models = `${model.modelFor(TASK_PURPOSE.writeScript, "standard")} (standard), ${model.modelFor(TASK_PURPOSE.writeScript, "economy")} (economy)`;
      return { ok, detail: `${detail}; ${models}` };
    },
  };
}
