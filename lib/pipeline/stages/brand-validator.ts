import type { StageContext, StageModule } from "../types";
import type { StageScript } from "@/lib/domain/stage-inputs";
import type { BrandScore } from "@/lib/quality/brand/types";
import { scoreBrand } from "@/lib/quality/brand/score-brand";
import { callWriter, writerContext } from "../call-writer";

export type BrandOutput = BrandScore & { scriptVersionId: string; scriptVersion: number };

export function requireScript(ctx: StageContext): StageScript {
  if (!ctx.script) throw new Error("The episode has no script yet: the script writer must run first.");
  return ctx.script;
}

/** The latest script version against the show's brand profile; the hosted writer's judge is blended in when it has one. */
export const brandValidator: StageModule<BrandOutput> = {
  key: "brand-validator",
  async run(ctx) {
    const script = requireScript(ctx);
    const judge = await callWriter(ctx, "judgeBrand", { ...writerContext(ctx), script: { segments: script.segments } });
    return { ...scoreBrand({ segments: script.segments }, ctx.show, { judge }), scriptVersionId: script.id, scriptVersion: script.version };
  },
};
