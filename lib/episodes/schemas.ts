import { z } from "zod";
import { stageKeySchema } from "@/lib/domain/stages";
import { MAX_SOURCE_TEXT_BYTES } from "@/lib/providers/sources/limits";

export const complexitySchema = z.enum(["LOW", "MEDIUM", "HIGH"]);
export const formatSchema = z.enum(["SOLO", "TWO_HOSTS", "INTERVIEW", "PANEL"]);

export const sourceInputSchema = z.object({
  title: z.string().trim().min(1, "Give each source a title.").max(200),
  kind: z.enum(["TEXT", "MARKDOWN", "PDF"]).default("TEXT"),
  content: z
    .string()
    .trim()
    .min(20, "A source needs at least 20 characters of text.")
    .refine((s) => new TextEncoder().encode(s).byteLength <= MAX_SOURCE_TEXT_BYTES, "A source can be at most 512 KB of text."),
});

export const createEpisodeSchema = z
  .object({
    showId: z.string().min(1, "Choose a show."),
    title: z.string().trim().max(200).optional(),
    topic: z.string().trim().min(5, "Describe the topic in at least 5 characters.").max(500),
    complexity: complexitySchema.default("MEDIUM"),
    format: formatSchema.default("TWO_HOSTS"),
    speakerCount: z.coerce.number().int().min(1, "At least one speaker.").max(4, "At most four speakers.").default(2),
    targetMinutes: z.coerce.number().int().min(1, "At least 1 minute.").max(90, "At most 90 minutes.").default(10),
    budget: z.coerce.number().positive("The budget must be more than $0.").max(1000).optional(),
    sources: z.array(sourceInputSchema).max(20, "At most 20 sources.").default([]),
  })
  .refine((e) => e.format !== "SOLO" || e.speakerCount === 1, { message: "A solo episode has one speaker.", path: ["speakerCount"] })
  .refine((e) => e.format === "SOLO" || e.speakerCount >= 2, { message: "This format needs at least two speakers.", path: ["speakerCount"] });
export type CreateEpisodeInput = z.input<typeof createEpisodeSchema>;

const gateDecisionFields = z.object({
  gateId: z.string().min(1),
  decision: z.enum(["APPROVED", "REJECTED"]),
  comment: z.string().trim().max(2000).optional(),
});
const needsComment = (d: { decision: string; comment?: string }) => d.decision === "APPROVED" || (d.comment?.length ?? 0) >= 3;
const needsCommentMessage = { message: "Say what should change, so the writer can act on it.", path: ["comment"] };
export const gateDecisionSchema = gateDecisionFields.refine(needsComment, needsCommentMessage);
export type GateDecisionInput = z.infer<typeof gateDecisionSchema>;
/** The same decision, addressed to an episode (server action input). */
export const episodeGateDecisionSchema = gateDecisionFields.extend({ episodeId: z.string().min(1) }).refine(needsComment, needsCommentMessage);

export const retryEpisodeSchema = z.object({ episodeId: z.string().min(1) });
export const cancelEpisodeSchema = z.object({ episodeId: z.string().min(1), reason: z.string().trim().max(500).optional() });

// Event payloads (inngest/events.ts) share these shapes.
export const pipelineRequestedData = z.object({
  episodeId: z.string(),
  showId: z.string(),
  reason: z.enum(["create", "retry"]),
});
export const gateDecidedData = z.object({
  episodeId: z.string(),
  gateId: z.string(),
  decision: z.enum(["APPROVED", "REJECTED"]),
  comment: z.string().optional(),
});
export const episodeCancelledData = z.object({ episodeId: z.string() });
export const budgetResumedData = z.object({ episodeId: z.string() });
export { stageKeySchema };

/** An editor's edit of the script: the whole script, saved as a new version. */
export const scriptEditSchema = z.object({
  segments: z
    .array(
      z.object({
        title: z.string().trim().min(1, "Give every segment a title.").max(200),
        lines: z
          .array(z.object({ speaker: z.string().trim().min(1, "Every line needs a speaker."), text: z.string().trim().min(1, "Remove empty lines.").max(4000) }))
          .min(1, "A segment needs at least one line."),
      }),
    )
    .min(1, "The script needs at least one segment.")
    .max(50),
  note: z.string().trim().max(500).optional(),
});
export type ScriptEditInput = z.infer<typeof scriptEditSchema>;
