import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { researchControlRefusal } from "@/lib/domain/research-control";
import type { StageKey } from "@/lib/domain/stages";
import { certifyEpisode } from "./certify-episode";
import { loadStageContext } from "./load-stage-context";
import type { StageRegistry } from "./registry";
import type { StageContext, StageProviders } from "./types";

/** The quality gates whose results rest on the claims' verdicts. */
const REASSESSED = ["qa-quality-assessment", "qa-production-readiness"] as const satisfies StageKey[];

/**
 * After an editor changed what the fact check counts (an override, an excluded source): the quality gates that have
 * run are run again through their own stage code, and their latest results replaced, so the Quality tab and the
 * final gate show what they now say; a certification already made is made again the way the pipeline makes it.
 * Gates that have not run yet read the editor's verdicts when they do.
 */
export async function reassessEpisode(
  db: Db,
  stages: StageRegistry,
  providers: () => Promise<StageProviders>,
  episodeId: string,
): Promise<{ reassessed: StageKey[]; certified: boolean | null }> {
  // One re-assessment per episode at a time: two editors' changes would otherwise interleave their rewrites. The lock
  // is held by a transaction of its own (the gates write through their own), and released when it ends.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`reassess:${episodeId}`}))`;
      // Never while the pipeline itself may be writing these rows (the status may have moved since the change).
      const episode = await tx.episode.findUnique({ where: { id: episodeId }, select: { status: true } });
      if (!episode) throw new NotFoundError("That episode");
      const refusal = researchControlRefusal(episode.status);
      if (refusal) throw new ConflictError(refusal);
      const reassessed: StageKey[] = [];
      for (const key of REASSESSED) if (await rerunGate(db, stages, providers, episodeId, key)) reassessed.push(key);
      const certification = await db.certification.findFirst({ where: { episodeId }, select: { id: true } });
      if (!certification) return { reassessed, certified: null };
      const made = await certifyEpisode(db, stages, providers, episodeId);
      return { reassessed, certified: made.certified };
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/** Runs a quality gate again if it has run, replacing its latest result; false when it has not run yet. */
async function rerunGate<K extends (typeof REASSESSED)[number]>(
  db: Db,
  stages: StageRegistry,
  providers: () => Promise<StageProviders>,
  episodeId: string,
  key: K,
): Promise<boolean> {
  const latest = await db.stageRun.findFirst({
    where: { episodeId, stage: key, status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    select: { id: true, pipelineRunId: true },
  });
  if (!latest) return false;
  const stage = stages[key];
  const context = await loadStageContext(db, stages, episodeId, stage.input);
  // The quality gates read the stored context only: no metering, no provider calls, no progress.
  const output = stage.output.parse(await stage.run({ ...context, providers: await providers() } as StageContext));
  await db.$transaction(async (tx) => {
    await stage.persist?.(tx, { episodeId, pipelineRunId: latest.pipelineRunId }, output);
    await tx.stageRun.update({
      where: { id: latest.id },
      // Ended now: the result speaks for what the gate read now (a final approval compares it with the audio's end).
      data: { output: output as unknown as Prisma.InputJsonValue, endedAt: new Date() },
    });
  });
  return true;
}
