import { z } from "zod";

/** A script: segments of lines, each spoken by one host. */
export const scriptSchema = z.object({
  segments: z.array(
    z.object({ title: z.string(), lines: z.array(z.object({ speaker: z.string(), text: z.string() })) }),
  ),
});

export type Script = z.infer<typeof scriptSchema>;
