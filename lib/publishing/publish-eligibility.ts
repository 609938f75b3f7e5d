import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import { publishRefusal, type PublishCertification } from "@/lib/domain/publish-rules";
import type { CertificationReport } from "@/lib/quality/assessment/certification-report";
import { checkFeed, type FeedCheckShow, type FeedProblem } from "./check-feed";
import { FeedNotReadyError } from "./feed-not-ready-error";

type Tx = Db | Prisma.TransactionClient;

/** The latest certification as the publishing rule reads it. */
export async function readPublishCertification(db: Tx, episodeId: string): Promise<PublishCertification | null> {
  const row = await db.certification.findFirst({
    where: { episodeId },
    orderBy: { createdAt: "desc" },
    select: { certified: true, report: true },
  });
  if (!row) return null;
  const report = row.report as Partial<CertificationReport> | null;
  return {
    certified: row.certified,
    blockers: report?.blockers ?? [],
    // The report records the final approval's override (reason and the blockers it covered) when there was one.
    overriddenBlockers: report?.override ? report.override.blockers : null,
  };
}

/** What the show's feed still lacks (its artwork counts: podcast apps refuse a feed without one). */
export function showFeedProblems(show: FeedCheckShow & { artworkKey: string | null }): FeedProblem[] {
  return checkFeed(show, { hasArtwork: show.artworkKey !== null });
}

/** Refuses (422) an episode the rules do not let out, or a show whose feed is not ready; changes nothing. */
export async function assertPublishable(
  tx: Tx,
  episode: { id: string; status: string },
  show: FeedCheckShow & { artworkKey: string | null },
): Promise<void> {
  const refusal = publishRefusal(episode, await readPublishCertification(tx, episode.id));
  if (refusal) throw new DomainError(refusal, 422, "not_publishable");
  const problems = showFeedProblems(show);
  if (problems.length > 0) throw new FeedNotReadyError(problems);
}
