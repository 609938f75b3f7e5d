import "server-only";
import type { Db } from "@/lib/db";
import type { QualityAssessment } from "@/lib/quality/assessment/assess-quality";
import { readCheckedStatements } from "@/lib/quality/fact-check/checked-statement";
import { contentJudgeResultSchema } from "@/lib/domain/content-judgement";

/**
 * The Quality tab: the latest six-dimension assessment, the script's checked statements behind research accuracy
 * (validated; none for assessments stored before they were kept), the LLM content judge's answer when one was
 * asked (null otherwise, or when what is stored does not read) and whether the episode is certified.
 */
export async function getEpisodeQuality(db: Db, episodeId: string) {
  const [assessment, certification] = await Promise.all([
    db.qualityAssessment.findFirst({
      where: { episodeId },
      orderBy: { createdAt: "desc" },
      select: { details: true, createdAt: true },
    }),
    db.certification.findFirst({
      where: { episodeId },
      orderBy: { createdAt: "desc" },
      select: { certified: true, createdAt: true, report: true },
    }),
  ]);
  return {
    assessment: assessment
      ? {
          ...(assessment.details as unknown as QualityAssessment),
          scriptFacts: readCheckedStatements(
            (assessment.details as { scriptFacts?: unknown } | null)?.scriptFacts ?? [],
          ),
          contentJudge:
            contentJudgeResultSchema.safeParse((assessment.details as { contentJudge?: unknown } | null)?.contentJudge)
              .data ?? null,
          createdAt: assessment.createdAt,
        }
      : null,
    certification: certification
      ? {
          certified: certification.certified,
          createdAt: certification.createdAt,
          verdict: (certification.report as { verdict?: string }).verdict ?? "",
        }
      : null,
  };
}
