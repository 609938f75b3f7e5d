import { z } from "zod";
import { contentJudgeResultSchema, type ContentJudgeResult } from "@/lib/domain/content-judgement";
import { checkScriptFacts } from "@/lib/quality/fact-check/check-script-facts";
import type { StageModule } from "../types";
import { judgeContent } from "../judge-content";
import { selectJudgePassages } from "../select-judge-passages";
import { requireScript } from "./brand-validator";

export interface ContentJudgeOutput {
  scriptVersionId: string;
  scriptVersion: number;
  /** The LLM content judge's rubric, or why there is none; absent offline (the writer has no judge). */
  contentJudge?: ContentJudgeResult;
}

/**
 * The optional LLM content judge, asked once, on the approved script (the version going out), in a step of its own:
 * the rewrite loop's discarded drafts are not judged, and a retried judge call pays for no other call.
 */
export const contentJudge: StageModule<"content-judge", ContentJudgeOutput> = {
  key: "content-judge",
  input: ["research-deep-dive", "research-synthesis"],
  output: z.object({
    scriptVersionId: z.string().max(100),
    scriptVersion: z.number().int(),
    contentJudge: contentJudgeResultSchema.optional(),
  }),
  async run(ctx) {
    const script = requireScript(ctx);
    // An episode scored before its research was stored has no key points: the judge then reads the sources alone.
    const keyPoints = ctx.outputs["research-synthesis"]?.keyPoints ?? [];
    const claims = ctx.outputs["research-deep-dive"]?.claims ?? [];
    const sources = ctx.sources.map((s) => ({ sourceId: s.id, text: s.content }));
    const passages = selectJudgePassages({
      sources: ctx.sources,
      cited: keyPoints.flatMap((k) =>
        k.claimIndexes.flatMap((i) => {
          const claim = claims[i];
          return claim ? [{ sourceId: claim.sourceId, quote: claim.quote, start: claim.quoteStart }] : [];
        }),
      ),
      evidence: checkScriptFacts(script, sources, { showName: ctx.show.name }).facts.flatMap((f) =>
        f.evidence ? [f.evidence] : [],
      ),
    });
    const judged = await judgeContent(
      ctx,
      script,
      keyPoints.map((k) => k.text),
      passages,
    );
    return { scriptVersionId: script.id, scriptVersion: script.version, ...(judged ? { contentJudge: judged } : {}) };
  },
};
