import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { feedSettingsSchema } from "@/lib/shows/feed-settings-schema";
import { getFeedSettings, saveFeedSettings } from "@/lib/shows/feed-settings";

/** A show's feed settings (what the public feed says about it). */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const settings = await getFeedSettings(db, params.id);
  if (!settings) throw new NotFoundError("That show");
  return NextResponse.json({ settings });
});

/** Replaces a show's feed settings; 400 with field errors, 404 for an unknown show. */
export const PUT = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json, params, user }) => {
    const input = feedSettingsSchema.parse(await json());
    await saveFeedSettings(db, params.id, input, user.id);
    return NextResponse.json({ settings: await getFeedSettings(db, params.id) });
  },
  { maxBodyBytes: 16 * 1024 },
);
