import { z } from "zod";

/** Where each script line sits in the episode's master audio, in seconds: waveform regions, transcript, WebVTT. */
export const audioTimelineEntrySchema = z.object({
  /** 0-based script segment. */
  segment: z.number().int().min(0),
  /** 1-based line across the whole script, as brand violations count lines. */
  line: z.number().int().min(1),
  speaker: z.string(),
  /** The words spoken (the speech-optimised text, without markup). */
  text: z.string(),
  start: z.number().min(0),
  end: z.number().min(0),
});
export const audioTimelineSchema = z.array(audioTimelineEntrySchema);
export type AudioTimelineEntry = z.infer<typeof audioTimelineEntrySchema>;
