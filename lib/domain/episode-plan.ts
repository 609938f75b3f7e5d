import { z } from "zod";

export const formatSchema = z.enum(["SOLO", "TWO_HOSTS", "INTERVIEW", "PANEL"]);

export const planSegmentSchema = z.object({
  title: z.string(),
  purpose: z.string(),
  targetSeconds: z.number().int().min(0),
  speakers: z.array(z.string()),
  keyPointIndexes: z.array(z.number().int().min(0)),
  /** The line that opens the segment and makes the listener stay, or null. */
  hook: z.string().nullable(),
});

export const episodePlanSchema = z.object({ segments: z.array(planSegmentSchema) });

export type EpisodeFormat = z.infer<typeof formatSchema>;
export type PlanSegment = z.infer<typeof planSegmentSchema>;
export type EpisodePlan = z.infer<typeof episodePlanSchema>;
