import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { certifyProduction, type Certification } from "@/lib/quality/assessment/certify";
import { loadStageContext } from "./load-stage-context";
import { certificationInput } from "./quality-inputs";
import type { StageProviders } from "./types";

/** The stored certification report: the verdict and its sections, with every measurement the scores came from. */
export type CertificationReport = Certification & {
  episode: { id: string; title: string; topic: string };
  assessment: ReturnType<typeof certificationInput>["assessment"];
  measurements: ReturnType<typeof certificationInput>["inputs"];
  certifiedAt: string;
};

/**
 * The production-readiness certification, made once the final gate is decided: every gate, score, measurement,
 * threshold, approval and cost, with the verdict. Stored as a record of its own, newest first.
 */
export async function certifyEpisode(db: Db, providers: () => Promise<StageProviders>, episodeId: string) {
  const context = await loadStageContext(db, episodeId);
  const input = certificationInput({ ...context, providers: await providers() }, true);
  const certification = certifyProduction(input);
  const report: CertificationReport = {
    ...certification,
    episode: { id: context.episode.id, title: context.episode.title, topic: context.episode.topic },
    assessment: input.assessment,
    measurements: input.inputs,
    certifiedAt: new Date().toISOString(),
  };
  const row = await db.certification.create({
    data: { episodeId, certified: certification.certified, report: report as unknown as Prisma.InputJsonValue },
  });
  return { id: row.id, certified: row.certified, blockers: certification.blockers };
}
