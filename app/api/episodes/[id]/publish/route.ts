import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { dispatch } from "@/inngest/app-dispatch";
import { appProviders } from "@/lib/providers/app-providers";
import { publishEpisode } from "@/lib/publishing/publish-episode";
import { schedulePublication } from "@/lib/publishing/schedule-publication";
import { publishRequestSchema } from "@/lib/publishing/schemas";

/**
 * Publish now (no body) or schedule (`{ at }`), editors only. 422 when the episode may not be published (not
 * certified and approved without an override) or the show's feed lacks a setting (all of them listed); nothing changes.
 */
export const POST = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json, user, params }) => {
    const { at } = publishRequestSchema.parse((await json({ optional: true })) ?? {});
    if (at) {
      const publication = await schedulePublication(db, dispatch, params.id, user, new Date(at));
      return NextResponse.json({ publication }, { status: 202 });
    }
    const { storage } = await appProviders();
    const publication = await publishEpisode(db, storage, params.id, user);
    return NextResponse.json({ publication });
  },
  { maxBodyBytes: 256 },
);
