import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { excludeSource } from "@/lib/episodes/exclude-source";
import { reassessAfterChange } from "@/lib/pipeline/reassess-episode";
import { defaultStages } from "@/lib/pipeline/registry";
import { appProviders } from "@/lib/providers/app-providers";

/** Excludes a source from the episode's research (`{ excluded: true }`) or puts it back; scores follow. */
export const PATCH = withRoute<{ id: string; sourceId: string }>("EDITOR", async ({ json, user, params }) => {
  const body = (await json()) as Record<string, unknown>;
  const source = await excludeSource(db, { ...body, episodeId: params.id, sourceId: params.sourceId }, user);
  const assessment = source.changed ? await reassessAfterChange(db, defaultStages, appProviders, params.id) : null;
  return NextResponse.json({ source, assessment });
});
