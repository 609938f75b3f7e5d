import { z } from "zod";

/** The three things the content judge scores, each 0-10 with a one-line reason. */
export const CONTENT_RUBRIC = ["engagement", "clarity", "accuracy"] as const;

export type ContentRubricItem = (typeof CONTENT_RUBRIC)[number];

/** A rubric item's reason is one line, cut to this length after the answer. */
export const MAX_RUBRIC_REASON_CHARS = 240;
/** Why the judge's answer was not used, and the model's name, as stored. */
export const MAX_JUDGE_REASON_CHARS = 300;
export const MAX_JUDGE_MODEL_CHARS = 200;

// No string-length constraint (strict JSON-schema modes refuse one): the reason is cut to length after the answer.
const rubricScore = z.object({ score: z.number().min(0).max(10), reason: z.string() });

/** A language model's content rubric for a script (the optional LLM content judge), combined with the measures. */
export const contentJudgementSchema = z.object({
  engagement: rubricScore,
  clarity: rubricScore,
  accuracy: rubricScore,
});

export type ContentJudgement = z.infer<typeof contentJudgementSchema>;

/**
 * What became of the content judge on one assessment: its rubric and the model that gave it, or why the measured
 * score stands alone (an answer that stayed invalid after its repair, a refused call).
 */
export type ContentJudgeResult =
  { status: "scored"; model: string; judgement: ContentJudgement } | { status: "failed"; reason: string };

const storedRubricScore = z.object({
  score: z.number().min(0).max(10),
  reason: z.string().max(MAX_RUBRIC_REASON_CHARS),
});

/** The judge's result as stored and read back (stage outputs, assessments): every string bounded. */
export const contentJudgeResultSchema: z.ZodType<ContentJudgeResult> = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("scored"),
    model: z.string().max(MAX_JUDGE_MODEL_CHARS),
    judgement: z.object({ engagement: storedRubricScore, clarity: storedRubricScore, accuracy: storedRubricScore }),
  }),
  z.object({ status: z.literal("failed"), reason: z.string().max(MAX_JUDGE_REASON_CHARS) }),
]);
