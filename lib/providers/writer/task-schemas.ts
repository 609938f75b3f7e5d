import type { z } from "zod";
import { brandJudgementSchema } from "@/lib/domain/brand-dimensions";
import { contentJudgementSchema } from "@/lib/domain/content-judgement";
import {
  extractClaimsInputSchema,
  extractClaimsOutputSchema,
  judgeBrandInputSchema,
  judgeContentInputSchema,
  judgeClaimsInputSchema,
  judgeClaimsOutputSchema,
  planEpisodeInputSchema,
  reviseScriptInputSchema,
  synthesizeInputSchema,
  writeScriptInputSchema,
} from "./schemas";
import { briefSchema } from "@/lib/domain/research";
import { episodePlanSchema } from "@/lib/domain/episode-plan";
import { scriptSchema } from "@/lib/domain/script";
import type { WriterInput, WriterTask } from "./types";

/** Each task's input schema (both adapters validate what they are given) and the schema of a model's answer. */
export const TASK_SCHEMAS: { [K in WriterTask]: { input: z.ZodType<WriterInput<K>>; answer: z.ZodType } } = {
  extractClaims: { input: extractClaimsInputSchema, answer: extractClaimsOutputSchema },
  judgeClaims: { input: judgeClaimsInputSchema, answer: judgeClaimsOutputSchema },
  synthesize: { input: synthesizeInputSchema, answer: briefSchema },
  planEpisode: { input: planEpisodeInputSchema, answer: episodePlanSchema },
  writeScript: { input: writeScriptInputSchema, answer: scriptSchema },
  reviseScript: { input: reviseScriptInputSchema, answer: scriptSchema },
  judgeBrand: { input: judgeBrandInputSchema, answer: brandJudgementSchema },
  judgeContent: { input: judgeContentInputSchema, answer: contentJudgementSchema },
};
