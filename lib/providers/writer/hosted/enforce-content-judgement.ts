import { MAX_RUBRIC_REASON_CHARS, type ContentJudgement, type ContentRubricItem } from "@/lib/domain/content-judgement";

/**
 * The rubric with each reason on one line and at most MAX_RUBRIC_REASON_CHARS long: a model that writes an essay is
 * cut short (the schema sent to it cannot limit strings).
 */
export function enforceContentJudgement(answer: ContentJudgement): ContentJudgement {
  const item = (k: ContentRubricItem) => ({
    score: answer[k].score,
    reason: answer[k].reason.replace(/\s+/g, " ").trim().slice(0, MAX_RUBRIC_REASON_CHARS),
  });
  return { engagement: item("engagement"), clarity: item("clarity"), accuracy: item("accuracy") };
}
