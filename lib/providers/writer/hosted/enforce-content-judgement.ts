import type { ContentJudgement, ContentRubricItem } from "@/lib/domain/content-judgement";

/** A reason is one line: a model that writes an essay is cut short (the schema cannot limit strings). */
const MAX_REASON_CHARS = 240;

/** The rubric with each reason on one line and at most MAX_REASON_CHARS long. */
export function enforceContentJudgement(answer: ContentJudgement): ContentJudgement {
  const item = (k: ContentRubricItem) => ({
    score: answer[k].score,
    reason: answer[k].reason.replace(/\s+/g, " ").trim().slice(0, MAX_REASON_CHARS),
  });
  return { engagement: item("engagement"), clarity: item("clarity"), accuracy: item("accuracy") };
}
