import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { feedSettingsSchema, type FeedSettings, type FeedSettingsInput } from "./feed-settings-schema";

/** The Show columns the feed settings are stored in (a Prisma select). */
export const FEED_SETTINGS_FIELDS = {
  publicBaseUrl: true,
  language: true,
  author: true,
  ownerName: true,
  ownerEmail: true,
  category: true,
  subcategory: true,
  explicit: true,
  showType: true,
  copyright: true,
} as const;

/** What the form shows: the stored settings, with no public address yet as "". */
export type StoredFeedSettings = Omit<FeedSettings, "publicBaseUrl"> & { publicBaseUrl: string };

/** A show's feed settings as the form edits them, or null when there is no such show. */
export async function getFeedSettings(db: Db, showId: string): Promise<StoredFeedSettings | null> {
  const show = await db.show.findUnique({ where: { id: showId }, select: FEED_SETTINGS_FIELDS });
  return show && { ...show, publicBaseUrl: show.publicBaseUrl ?? "" };
}

/** Saves a show's feed settings with an audit entry naming the fields that changed, in one transaction. */
export async function saveFeedSettings(db: Db, showId: string, input: FeedSettingsInput, actorId: string) {
  const settings = feedSettingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.show.findUnique({ where: { id: showId }, select: FEED_SETTINGS_FIELDS });
    if (!before) throw new NotFoundError("That show");
    const changed = (Object.keys(settings) as (keyof FeedSettings)[]).filter((key) => before[key] !== settings[key]);
    await tx.show.update({ where: { id: showId }, data: settings });
    await recordAudit(tx, {
      actorId,
      action: "show.feed-settings",
      entityType: "Show",
      entityId: showId,
      data: { changed },
    });
    return settings;
  });
}
