import type { Db } from "@/lib/db";
import type { CertificationReport } from "@/lib/quality/assessment/certification-report";

/** The episode's latest production-readiness certification, or null before one is made. */
export async function getCertification(db: Db, episodeId: string) {
  const row = await db.certification.findFirst({
    where: { episodeId },
    orderBy: { createdAt: "desc" },
    include: { episode: { select: { title: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    episodeId,
    title: row.episode.title,
    certified: row.certified,
    createdAt: row.createdAt,
    report: row.report as unknown as CertificationReport,
  };
}
