import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { buildEpisodeDownloads, EPISODE_DOWNLOADS } from "@/lib/publishing/episode-downloads";

/** The downloads of a Ready episode with their sizes in bytes and where to get each; any signed-in role. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const { files } = await buildEpisodeDownloads(db, params.id);
  return NextResponse.json(
    {
      files: files.map((f) => ({
        name: f.name,
        label: EPISODE_DOWNLOADS[f.name].label,
        size: f.size,
        url: `/api/episodes/${params.id}/downloads/${f.name}`,
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
