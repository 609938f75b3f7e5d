import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKey } from "@/lib/domain/stages";
import type { ScriptOutput } from "./stages/script-writer";
import type { BrandOutput } from "./stages/brand-validator";

/** Stage outputs that are also product records of their own (script versions, scores). */
export async function persistStageOutput(tx: Prisma.TransactionClient, episodeId: string, stage: StageKey, output: unknown) {
  if (stage === "script-writer") {
    const script = output as ScriptOutput;
    const last = await tx.scriptVersion.findFirst({ where: { episodeId }, orderBy: { version: "desc" }, select: { version: true } });
    await tx.scriptVersion.create({
      data: {
        episodeId,
        version: (last?.version ?? 0) + 1,
        authorKind: "PIPELINE",
        segments: script.segments as unknown as Prisma.InputJsonValue,
        note: script.guidanceApplied ? `Revised with guidance: ${script.guidanceApplied}` : null,
      },
    });
  }
  if (stage === "brand-validator") {
    await tx.episode.update({ where: { id: episodeId }, data: { brandScore: (output as BrandOutput).overall } });
  }
}
