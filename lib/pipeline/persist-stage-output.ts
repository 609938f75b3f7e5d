import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKey } from "@/lib/domain/stages";
import type { ExtractClaimsOutput, JudgeClaimsOutput } from "@/lib/providers/writer/schemas";
import type { ScriptOutput } from "./stages/script-writer";
import type { BrandOutput } from "./stages/brand-validator";
import type { AudioOutput } from "./stages/audio-synthesizer";
import type { AudioValidationOutput } from "./stages/audio-validator";
import type { QualityAssessmentOutput } from "./stages/quality-stages";
import { createScriptVersion } from "@/lib/episodes/create-script-version";

/** Stage outputs that are also product records of their own (claims and verdicts, script versions, scores). */
export async function persistStageOutput(
  tx: Prisma.TransactionClient,
  { episodeId, pipelineRunId }: { episodeId: string; pipelineRunId: string },
  stage: StageKey,
  output: unknown,
) {
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
    await createScriptVersion(tx, episodeId, {
      authorKind: "PIPELINE",
      segments: script.segments as unknown as Prisma.InputJsonValue,
      note: script.guidanceApplied ? `Revised with guidance: ${script.guidanceApplied}` : null,
    });
  }
  if (stage === "brand-validator") {
    const score = output as BrandOutput;
    const episode = await tx.episode.update({ where: { id: episodeId }, data: { brandScore: score.overall }, select: { showId: true } });
    await tx.brandScore.create({
      data: {
        episodeId,
        showId: episode.showId,
        scriptVersionId: score.scriptVersionId,
        overall: score.overall,
        threshold: score.threshold,
        passed: score.passed,
        dimensions: score.dimensions as unknown as Prisma.InputJsonValue,
        violations: score.violations as unknown as Prisma.InputJsonValue,
        method: score.method,
      },
    });
  }
  if (stage === "audio-synthesizer") {
    const audio = output as AudioOutput;
    // The same script version re-synthesised overwrites its file, so it replaces its row too.
    await tx.audioAsset.deleteMany({ where: { episodeId, kind: "MASTER", storageKey: audio.storageKey } });
    await tx.audioAsset.create({
      data: {
        episodeId,
        kind: "MASTER",
        storageKey: audio.storageKey,
        format: "mp3",
        mimeType: audio.mimeType,
        byteSize: audio.byteSize,
        durationMs: Math.round(audio.durationSeconds * 1000),
        sampleRate: audio.sampleRate,
        channels: audio.channels,
        integratedLufs: audio.integratedLufs,
        truePeakDb: audio.truePeakDbtp,
        loudnessRange: audio.loudnessRangeLu,
        peaks: audio.peaks as unknown as Prisma.InputJsonValue,
        timeline: audio.timeline as unknown as Prisma.InputJsonValue,
      },
    });
  }
  if (stage === "audio-validator") {
    const validation = output as AudioValidationOutput;
    await tx.audioAsset.updateMany({ where: { episodeId, kind: "MASTER", storageKey: validation.storageKey }, data: { wer: validation.measurements.wer } });
  }
  if (stage === "qa-quality-assessment") {
    const { assessment } = output as QualityAssessmentOutput;
    const score = (key: string) => assessment.dimensions.find((d) => d.key === key)!.score;
    await tx.qualityAssessment.create({
      data: {
        episodeId,
        pipelineRunId,
        researchAccuracy: score("research-accuracy"),
        contentEngagement: score("content-engagement"),
        brandConsistency: score("brand-consistency"),
        speechReadiness: score("speech-readiness"),
        audioTechnical: score("audio-technical"),
        costCompliance: score("cost-compliance"),
        overall: assessment.overall,
        passed: assessment.passed,
        details: assessment as unknown as Prisma.InputJsonValue,
      },
    });
    await tx.episode.update({ where: { id: episodeId }, data: { qualityScore: assessment.overall } });
  }
}
