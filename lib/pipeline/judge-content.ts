import { BudgetExceededError } from "@/lib/domain/budget";
import { MAX_JUDGE_MODEL_CHARS, MAX_JUDGE_REASON_CHARS, type ContentJudgeResult } from "@/lib/domain/content-judgement";
import type { StageScript } from "@/lib/domain/stage-inputs";
import { isTransientError } from "@/lib/providers/transient-error";
import { callWriter, writerContext } from "./call-writer";
import type { JudgePassage } from "./select-judge-passages";
import type { StageContext } from "./types";

/**
 * The LLM content judge's rubric for the script (engagement, clarity, accuracy to the key points and to the source
 * passages given), as a metered, budget-held writer call; undefined when the writer has no judge (offline). The judge
 * is optional, so what it cannot give is not worth failing or pausing the episode for: a call the budget leaves no
 * room for is not made, and an answer that is no use (still invalid after its repair, refused by the server) is
 * dropped; the measured score then stands alone, with the reason recorded. A transient failure and the end of the
 * attempt go on as for any call (retried, stopped).
 */
export async function judgeContent(
  ctx: StageContext,
  script: StageScript,
  keyPoints: string[],
  passages: JudgePassage[],
): Promise<ContentJudgeResult | undefined> {
  try {
    const answer = await callWriter(ctx, "judgeContent", {
      ...writerContext(ctx),
      script: { segments: script.segments },
      keyPoints,
      passages,
    });
    return answer
      ? { status: "scored", model: answer.model.slice(0, MAX_JUDGE_MODEL_CHARS), judgement: answer.judgement }
      : undefined;
  } catch (error) {
    if (ctx.signal.aborted || isTransientError(error)) throw error;
    const reason =
      error instanceof BudgetExceededError
        ? `Skipped: the budget leaves no room for the content judge. ${error.message}`
        : `The content judge gave no usable answer: ${error instanceof Error ? error.message : String(error)}`;
    return { status: "failed", reason: reason.slice(0, MAX_JUDGE_REASON_CHARS) };
  }
}
