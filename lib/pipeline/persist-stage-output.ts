import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKey } from "@/lib/domain/stages";
import type { ExtractClaimsOutput, JudgeClaimsOutput } from "@/lib/providers/writer/schemas";
import type { ScriptOutput } from "./stages/script-writer";
import type { BrandOutput } from "./stages/brand-validator";

/** Stage outputs that are also product records of their own (claims and verdicts, script versions, scores). */
export async function persistStageOutput(tx: Prisma.TransactionClient, episodeId: string, stage: StageKey, output: unknown) {
  if (stage === "research-deep-dive") {
    // A re-run (e.g. on the economy tier) replaces the claims: the latest extraction is the episode's research.
    await tx.claim.deleteMany({ where: { episodeId } });
    await tx.claim.createMany({
      data: (output as ExtractClaimsOutput).claims.map((c, position) => ({
        episodeId,
        position,
        sourceId: c.sourceId,
        text: c.text,
        quote: c.quote,
        quoteStart: c.quoteStart,
        quoteEnd: c.quoteEnd,
      })),
    });
  }
  if (stage === "research-validation") {
    for (const j of (output as JudgeClaimsOutput).judgements) {
      await tx.claim.updateMany({
        where: { episodeId, position: j.claimIndex },
        data: { verdict: j.verdict, confidence: j.confidence, evidence: { reason: j.reason, items: j.evidence } },
      });
    }
  }
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
