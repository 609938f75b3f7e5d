import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { blockersNotOverridden } from "@/lib/domain/final-approval";
import { toDollars } from "@/lib/domain/money";
import { certifyProduction } from "@/lib/quality/assessment/certify";
import type { CertificationReport } from "@/lib/quality/assessment/certification-report";
import { loadStageContext } from "./load-stage-context";
import { certificationInput } from "./quality-inputs";
import type { StageProviders } from "./types";
import type { StageRegistry } from "./registry";

/**
 * The production-readiness certification, made once the final gate is decided: every gate, score, measurement,
 * threshold, approval and cost, with the verdict. Stored as a record of its own, newest first.
 */
export async function certifyEpisode(
  db: Db,
  stages: StageRegistry,
  providers: () => Promise<StageProviders>,
  episodeId: string,
) {
  // The certification reads what the readiness gate before it read.
  const context = await loadStageContext(db, stages, episodeId, stages["qa-production-readiness"].input);
  const input = certificationInput({ ...context, providers: await providers() }, true);
  const certification = certifyProduction(input);
  const recorded = await findFinalOverride(db, episodeId);
  // The final gate's override stands only for the blockers it was made over.
  const uncovered = recorded ? blockersNotOverridden(certification.blockers, recorded.blockers) : [];
  const override = uncovered.length ? undefined : recorded;
  const warnings = uncovered.length
    ? [
        ...certification.warnings,
        `The final gate's override (${recorded!.overriddenBy}: “${recorded!.reason}”) does not cover: ${uncovered.join(" ")}`,
      ]
    : certification.warnings;
  const report: CertificationReport = {
    ...certification,
    warnings,
    episode: { id: context.episode.id, title: context.episode.title, topic: context.episode.topic },
    assessment: input.assessment,
    // The report is stored as JSON to be shown: its amounts are numbers of dollars.
    measurements: {
      ...input.inputs,
      cost: toDollars({ ...input.inputs.cost }),
      costTargets: input.inputs.costTargets && toDollars({ ...input.inputs.costTargets }),
    },
    certifiedAt: new Date().toISOString(),
    ...(override && { override }),
  };
  const row = await db.certification.create({
    data: {
      episodeId,
      certified: certification.certified,
      report: report as unknown as Prisma.InputJsonValue,
      overrideReason: override?.reason ?? null,
    },
  });
  return { id: row.id, certified: row.certified, blockers: certification.blockers };
}

/** The override on the final gate's latest approval (the one certified now), if it was made over failing readiness. */
async function findFinalOverride(db: Db, episodeId: string): Promise<CertificationReport["override"]> {
  const gate = await db.gate.findFirst({
    where: { episodeId, kind: "FINAL", status: "APPROVED" },
    orderBy: { decidedAt: "desc" },
    select: { overrideReason: true, overriddenBlockers: true, decidedAt: true, decidedBy: { select: { name: true } } },
  });
  if (!gate?.overrideReason) return undefined;
  return {
    overriddenBy: gate.decidedBy?.name ?? "unknown",
    reason: gate.overrideReason,
    blockers: gate.overriddenBlockers,
    at: (gate.decidedAt ?? new Date()).toISOString(),
  };
}
