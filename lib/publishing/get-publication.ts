import "server-only";
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { publicationState, publishRefusal } from "@/lib/domain/publish-rules";
import { readPublishCertification, showFeedProblems } from "./publish-eligibility";
import { feedUrl, publicFileUrl } from "./public-urls";

const DECISIONS = [
  "publication.publish",
  "publication.schedule",
  "publication.unpublish",
  "publication.cancel-schedule",
  "publication.refused",
];

/**
 * The Publish tab's state: where the episode stands, why it may not be published yet (the rule, the feed's missing
 * settings), a scheduled publish the rules refused when it fired (until the next decision), and the public URLs.
 */
export async function getPublication(db: Db, episodeId: string, mediaBaseUrl: string | null) {
  const episode = await db.episode.findUnique({
    where: { id: episodeId },
    select: { id: true, status: true, show: true, publication: true },
  });
  if (!episode) throw new NotFoundError("That episode");
  const { show, publication } = episode;
  const lastDecision = await db.auditLog.findFirst({
    where: { episodeId, action: { in: DECISIONS } },
    orderBy: { createdAt: "desc" },
    select: { action: true, createdAt: true, data: true },
  });
  const refused =
    lastDecision?.action === "publication.refused"
      ? { reason: String((lastDecision.data as { reason?: unknown } | null)?.reason ?? ""), at: lastDecision.createdAt }
      : null;
  const published = publication?.status === "PUBLISHED";
  const base = show.publicBaseUrl;
  const fileUrl = (key: string | null | undefined) =>
    base && published && key ? publicFileUrl({ publicBaseUrl: base, mediaBaseUrl }, key) : null;
  return {
    state: publicationState(publication),
    guid: publication?.guid ?? null,
    audioBytes: published ? publication.audioBytes : null,
    refusal: publishRefusal(episode, await readPublishCertification(db, episodeId)),
    feedProblems: showFeedProblems(show),
    refused,
    showId: show.id,
    urls: {
      feed: base ? feedUrl(base, show.slug) : null,
      enclosure: fileUrl(publication?.audioKey),
      transcript: fileUrl(publication?.transcriptVttKey),
      chapters: fileUrl(publication?.chaptersKey),
    },
  };
}
export type EpisodePublication = Awaited<ReturnType<typeof getPublication>>;
