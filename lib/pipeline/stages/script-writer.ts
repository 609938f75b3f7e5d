import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageModule } from "../types";
import { scriptSchema } from "@/lib/domain/script";
import { createScriptVersion } from "@/lib/episodes/create-script-version";
import { callWriter, writerContext } from "../call-writer";
import { requireOutput } from "../require-output";
import { briefWithoutOverruled } from "@/lib/domain/effective-verdict";

export const scriptOutputSchema = scriptSchema.extend({ guidanceApplied: z.string().nullable() });
export type ScriptOutput = z.infer<typeof scriptOutputSchema>;

export const scriptWriter: StageModule<"script-writer", ScriptOutput> = {
  key: "script-writer",
  input: ["episode-planner", "research-synthesis"],
  output: scriptOutputSchema,
  async run(ctx) {
    // Feedback on a script revises the latest version (an editor's saved edits included), never a fresh draft.
    const script =
      ctx.guidance?.trim() && ctx.script
        ? await callWriter(ctx, "reviseScript", {
            ...writerContext(ctx),
            topic: ctx.episode.topic,
            script: { segments: ctx.script.segments },
            editorLines: ctx.script.editorLines ?? [],
            guidance: ctx.guidance,
          })
        : await callWriter(ctx, "writeScript", {
            ...writerContext(ctx),
            topic: ctx.episode.topic,
            plan: requireOutput(ctx, "episode-planner"),
            brief: briefWithoutOverruled(requireOutput(ctx, "research-synthesis"), ctx.verdictOverrides ?? []),
            guidance: ctx.guidance,
          });
    return { ...script, guidanceApplied: ctx.guidance };
  },
  async persist(tx, { episodeId }, script) {
    await createScriptVersion(tx, episodeId, {
      authorKind: "PIPELINE",
      segments: script.segments as unknown as Prisma.InputJsonValue,
      note: script.guidanceApplied ? `Revised with guidance: ${script.guidanceApplied}` : null,
    });
  },
};
