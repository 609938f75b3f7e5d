import { z } from "zod";
import { idSchema, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { stageKeySchema } from "@/lib/domain/stages";
import { formatSchema } from "@/lib/domain/episode-plan";
import { OVERRIDE_REASON_MIN, overrideReasonSchema } from "@/lib/domain/override-reason";
import { formatBytes, MAX_SOURCE_TEXT_BYTES, MAX_SOURCES_TOTAL_BYTES } from "@/lib/domain/source-limits";
import {
  MAX_LINE_CHARS,
  MAX_SCRIPT_LINES,
  MAX_SCRIPT_SEGMENTS,
  MAX_SCRIPT_TEXT_BYTES,
  MAX_SPOKEN_CHARS,
} from "@/lib/domain/script-limits";

export const complexitySchema = z.enum(["LOW", "MEDIUM", "HIGH"]);

/** The most bytes of JSON a new episode may send: its sources' text twice over, for quoting and the other fields. */
export const CREATE_EPISODE_BODY_LIMIT = 2 * MAX_SOURCES_TOTAL_BYTES;

const utf8Bytes = (s: string) => new TextEncoder().encode(s).byteLength;

export const sourceInputSchema = z.object({
  title: z.string().trim().min(1, "Give each source a title.").max(200),
  kind: z.enum(["TEXT", "MARKDOWN", "PDF"]).default("TEXT"),
  content: z
    .string()
    .trim()
    .min(20, "A source needs at least 20 characters of text.")
    .refine(
      (s) => utf8Bytes(s) <= MAX_SOURCE_TEXT_BYTES,
      `A source can be at most ${formatBytes(MAX_SOURCE_TEXT_BYTES)} of text.`,
    ),
});

export const createEpisodeSchema = refuseUnsafeText(
  z
    .object({
      showId: idSchema("show"),
      title: z.string().trim().max(200).optional(),
      topic: z.string().trim().min(5, "Describe the topic in at least 5 characters.").max(500),
      complexity: complexitySchema.default("MEDIUM"),
      format: formatSchema.default("TWO_HOSTS"),
      speakerCount: z.coerce
        .number({ error: "Speakers must be a number." })
        .int("Speakers must be a whole number.")
        .min(1, "At least one speaker.")
        .max(4, "At most four speakers.")
        .default(2),
      // Episode.targetMinutes holds whole minutes: a fraction is rounded (2.5 becomes 3), as the form's hint says.
      targetMinutes: z.coerce
        .number({ error: "Target length must be a number of minutes." })
        .min(1, "Target length must be at least 1 minute.")
        .max(90, "Target length can be at most 90 minutes.")
        .transform(Math.round)
        .default(10),
      // Episode.budget is Decimal(12, 2): whole cents, and far below its range.
      budget: z.coerce
        .number()
        .min(0.01, "The budget must be more than $0.")
        .max(1000, "The budget can be at most $1,000.")
        .optional(),
      sources: z
        .array(sourceInputSchema)
        .max(20, "At most 20 sources.")
        .refine(
          (all) => all.reduce((n, s) => n + utf8Bytes(s.content), 0) <= MAX_SOURCES_TOTAL_BYTES,
          `An episode's sources can hold at most ${formatBytes(MAX_SOURCES_TOTAL_BYTES)} of text together.`,
        )
        .default([]),
      // A finished script in the plain-text format (parse-script-text.ts): research and writing are skipped. Its
      // lines are checked against the show's hosts when the episode is created (the show is read there).
      script: z
        .string()
        .trim()
        .refine(
          (s) => utf8Bytes(s) <= MAX_SCRIPT_TEXT_BYTES,
          `A script can be at most ${formatBytes(MAX_SCRIPT_TEXT_BYTES)} of text.`,
        )
        .optional()
        .transform((s) => s || undefined),
    })
    .refine((e) => e.format !== "SOLO" || e.speakerCount === 1, {
      message: "A solo episode has one speaker.",
      path: ["speakerCount"],
    })
    .refine((e) => e.format === "SOLO" || e.speakerCount >= 2, {
      message: "This format needs at least two speakers.",
      path: ["speakerCount"],
    }),
);
export type CreateEpisodeInput = z.input<typeof createEpisodeSchema>;

const gateDecisionFields = z.object({
  gateId: idSchema("gate"),
  decision: z.enum(["APPROVED", "REJECTED"]),
  comment: z.string().trim().max(2000).optional(),
  /** Approving over a failing certification (lib/domain/final-approval.ts): the editor's reason. */
  override: z
    .object({
      reason: overrideReasonSchema(
        `Say why you approve despite the blockers (at least ${OVERRIDE_REASON_MIN} characters).`,
      ),
    })
    .optional(),
});
const needsComment = (d: { decision: string; comment?: string }) =>
  d.decision === "APPROVED" || (d.comment?.length ?? 0) >= 3;
const needsCommentMessage = { message: "Say what should change, so the writer can act on it.", path: ["comment"] };
export const gateDecisionSchema = refuseUnsafeText(gateDecisionFields.refine(needsComment, needsCommentMessage));
export type GateDecisionInput = z.infer<typeof gateDecisionSchema>;
/** The same decision, addressed to an episode (server action input). */
export const episodeGateDecisionSchema = refuseUnsafeText(
  gateDecisionFields.extend({ episodeId: idSchema("episode") }).refine(needsComment, needsCommentMessage),
);

export const retryEpisodeSchema = refuseUnsafeText(z.object({ episodeId: idSchema("episode") }));
export const cancelEpisodeSchema = refuseUnsafeText(
  z.object({ episodeId: idSchema("episode"), reason: z.string().trim().max(500).optional() }),
);

// Event payloads (inngest/events.ts) share these shapes.
export const pipelineRequestedData = z.object({
  episodeId: z.string(),
  showId: z.string(),
  reason: z.enum(["create", "retry"]),
});
/** Says a gate's row was decided; the decision itself is read from the row (an event decides nothing). */
export const gateDecidedData = z.object({
  episodeId: z.string(),
  gateId: z.string(),
});
export const episodeCancelledData = z.object({ episodeId: z.string() });
export const budgetResumedData = z.object({ episodeId: z.string() });
/** An editor changed what the fact check counts: the worker re-runs the quality gates (lib/pipeline/reassess-episode). */
export const reassessmentRequestedData = z.object({
  episodeId: z.string(),
  actorId: z.string().nullable(),
  /** The audit entry of the request, so a run that fails records its own request as failed, not a later one. */
  requestId: z.string().optional(),
});
/** A line's regeneration, claimed by the route (its audio row's key): the worker synthesises, masters and validates. */
export const lineRegenerationRequestedData = z.object({
  episodeId: z.string(),
  line: z.number().int().min(1),
  pipelineRunId: z.string(),
  iteration: z.number().int(),
  tier: z.enum(["standard", "economy"]),
});
export { stageKeySchema };

/** The most bytes of JSON a script edit may send: the characters above in UTF-8, with room for speakers and quoting. */
export const SCRIPT_EDIT_BODY_LIMIT = 1024 * 1024;

const scriptLineSchema = z.object({
  speaker: z
    .string()
    .trim()
    .min(1, "Every line needs a speaker.")
    .max(80, "A speaker is one of the show's hosts (at most 80 characters)."),
  text: z
    .string()
    .trim()
    .min(1, "This line is empty.")
    // Says by how much, so the editor knows what to cut.
    .max(MAX_LINE_CHARS, {
      error: (issue) => {
        const over = String(issue.input).length - MAX_LINE_CHARS;
        return `${over.toLocaleString("en")} character${over === 1 ? "" : "s"} too long (a line holds at most ${MAX_LINE_CHARS.toLocaleString("en")}).`;
      },
    }),
});

/** An editor's edit of the script: the whole script, saved as a new version. */
export const scriptEditSchema = refuseUnsafeText(
  z
    .object({
      segments: z
        .array(
          z.object({
            title: z.string().trim().min(1, "Give every segment a title.").max(200),
            lines: z
              .array(scriptLineSchema)
              .min(1, "A segment needs at least one line.")
              .max(MAX_SCRIPT_LINES, `A script has at most ${MAX_SCRIPT_LINES.toLocaleString("en")} lines.`),
          }),
        )
        .min(1, "The script needs at least one segment.")
        .max(MAX_SCRIPT_SEGMENTS, `A script has at most ${MAX_SCRIPT_SEGMENTS} segments.`),
      note: z.string().trim().max(500).optional(),
    })
    .superRefine(({ segments }, ctx) => {
      const lines = segments.flatMap((s) => s.lines);
      if (lines.length > MAX_SCRIPT_LINES)
        ctx.addIssue({
          code: "custom",
          path: ["segments"],
          message: `A script has at most ${MAX_SCRIPT_LINES.toLocaleString("en")} lines.`,
        });
      const chars = lines.reduce((n, l) => n + l.text.length, 0);
      if (chars > MAX_SPOKEN_CHARS)
        ctx.addIssue({
          code: "custom",
          path: ["segments"],
          message: `A script has at most ${MAX_SPOKEN_CHARS.toLocaleString("en")} characters.`,
        });
    }),
);
