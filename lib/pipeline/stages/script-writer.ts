import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageModule } from "../types";
import { scriptSchema } from "@/lib/domain/script";
import { findTouchedRanges } from "@/lib/domain/find-touched-ranges";
import { createScriptVersion } from "@/lib/episodes/create-script-version";
import { settleLineComments } from "@/lib/episodes/settle-line-comments";
import { callWriter, writerContext } from "../call-writer";
import { requireOutput } from "../require-output";
import { briefWithoutOverruled } from "@/lib/domain/effective-verdict";

export const scriptOutputSchema = scriptSchema.extend({
  guidanceApplied: z.string().nullable(),
  /** The line comments the revision carried, and whether it changed their lines (or next to them). */
  lineComments: z.array(z.object({ id: z.string(), acted: z.boolean() })).default([]),
});
export type ScriptOutput = z.infer<typeof scriptOutputSchema>;

export const scriptWriter: StageModule<"script-writer", ScriptOutput> = {
  key: "script-writer",
  input: ["episode-planner", "research-synthesis"],
  output: scriptOutputSchema,
  async run(ctx) {
    // Feedback on a script revises the latest version (an editor's saved edits included), never a fresh draft.
    const revising = ctx.guidance?.trim() && ctx.script;
    const comments = revising ? (ctx.script?.comments ?? []) : [];
    const script = revising
      ? await callWriter(ctx, "reviseScript", {
          ...writerContext(ctx),
          topic: ctx.episode.topic,
          script: { segments: ctx.script!.segments },
          editorLines: ctx.script!.editorLines ?? [],
          guidance: ctx.guidance!,
          lineGuidance: comments.map(({ firstLine, lastLine, text }) => ({ firstLine, lastLine, text })),
        })
      : await callWriter(ctx, "writeScript", {
          ...writerContext(ctx),
          topic: ctx.episode.topic,
          plan: requireOutput(ctx, "episode-planner"),
          brief: briefWithoutOverruled(requireOutput(ctx, "research-synthesis"), ctx.verdictOverrides ?? []),
          guidance: ctx.guidance,
        });
    const acted = findTouchedRanges({ segments: ctx.script?.segments ?? [] }, script, comments);
    return {
      ...script,
      guidanceApplied: ctx.guidance,
      lineComments: comments.map((c, i) => ({ id: c.id, acted: acted[i]! })),
    };
  },
  async persist(tx, { episodeId }, script) {
    const version = await createScriptVersion(tx, episodeId, {
      authorKind: "PIPELINE",
      segments: script.segments as unknown as Prisma.InputJsonValue,
      note: script.guidanceApplied ? `Revised with guidance: ${script.guidanceApplied}` : null,
    });
    await settleLineComments(tx, script.lineComments, version);
  },
};
