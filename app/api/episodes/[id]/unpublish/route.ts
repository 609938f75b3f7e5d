import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { appProviders } from "@/lib/providers/app-providers";
import { unpublishEpisode } from "@/lib/publishing/unpublish-episode";

/** Takes a published episode out of the feed and deletes its public files, or cancels its schedule (editors). */
export const POST = withRoute<{ id: string }>(
  "EDITOR",
  async ({ user, params }) => {
    const { storage } = await appProviders();
    const publication = await unpublishEpisode(db, storage, params.id, user);
    return NextResponse.json({ publication });
  },
  { maxBodyBytes: 0 },
);
