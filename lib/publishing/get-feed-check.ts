import "server-only";
import type { Db } from "@/lib/db";
import { FEED_SETTINGS_FIELDS } from "@/lib/shows/feed-settings";
import { checkFeed, type FeedProblem } from "./check-feed";
import { feedUrl } from "./public-urls";

/** The show's feed check and its feed URL (null without a public address); null for an unknown show. */
export async function getFeedCheck(
  db: Db,
  showId: string,
): Promise<{ problems: FeedProblem[]; feedUrl: string | null } | null> {
  const show = await db.show.findUnique({
    where: { id: showId },
    select: {
      slug: true,
      name: true,
      description: true,
      ...FEED_SETTINGS_FIELDS,
      artworkKey: true,
    },
  });
  if (!show) return null;
  return {
    problems: checkFeed(show, { hasArtwork: show.artworkKey !== null }),
    feedUrl: show.publicBaseUrl ? feedUrl(show.publicBaseUrl, show.slug) : null,
  };
}
