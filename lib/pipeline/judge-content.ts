import { BudgetExceededError } from "@/lib/domain/budget";
import type { ContentJudgeResult } from "@/lib/domain/content-judgement";
import type { StageScript } from "@/lib/domain/stage-inputs";
import { isTransientError } from "@/lib/providers/transient-error";
import { callWriter, writerContext } from "./call-writer";
import type { StageContext } from "./types";

/** How much of the sources the judge reads, shared equally between them: enough to check claims, a bounded bill. */
export const JUDGE_SOURCE_CHARS = 24_000;
const MAX_REASON_CHARS = 300;

/**
 * The LLM content judge's rubric for the script (engagement, clarity, accuracy to the key points and to excerpts of
 * the sources), as a metered, budget-held writer call; undefined when the writer has no judge (offline). A judge
 * that gives no usable answer (still invalid after its repair, refused by the server) is not worth failing the
 * episode for: the measured score then stands alone, with the reason recorded. A transient failure, the budget's
 * refusal and the end of the attempt go on as for any call (retried, paused, stopped).
 */
export async function judgeContent(
  ctx: StageContext,
  script: StageScript,
  keyPoints: string[],
): Promise<ContentJudgeResult | undefined> {
  const perSource = Math.floor(JUDGE_SOURCE_CHARS / Math.max(1, ctx.sources.length));
  try {
    const answer = await callWriter(ctx, "judgeContent", {
      ...writerContext(ctx),
      script: { segments: script.segments },
      keyPoints,
      passages: ctx.sources.map((s) => ({ sourceId: s.id, text: s.content.slice(0, perSource), start: 0 })),
    });
    return answer ? { status: "scored", ...answer } : undefined;
  } catch (error) {
    if (ctx.signal.aborted || isTransientError(error) || error instanceof BudgetExceededError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: "failed",
      reason: `The content judge gave no usable answer: ${message}`.slice(0, MAX_REASON_CHARS),
    };
  }
}
