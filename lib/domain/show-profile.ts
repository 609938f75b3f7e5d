import { z } from "zod";

/** The brand profile the writer and the brand score need; `StageShow` (lib/domain/stage-inputs.ts) satisfies it. */
export const showProfileSchema = z.object({
  name: z.string(),
  tone: z.string(),
  audience: z.string(),
  requiredPhrases: z.array(z.string()),
  bannedPhrases: z.array(z.string()),
  humilityMarkers: z.array(z.string()),
  hosts: z.array(z.object({ name: z.string(), persona: z.string() })),
});

export type ShowProfile = z.infer<typeof showProfileSchema>;
