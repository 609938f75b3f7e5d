import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { excludeSource } from "@/lib/episodes/exclude-source";
import { requestReassessment } from "@/lib/episodes/reassessment-status";
import { dispatch } from "@/inngest/app-dispatch";

/**
 * Excludes a source from the episode's research (`{ excluded: true }`) or puts it back; when that changed anything,
 * the worker re-assesses the scores (202, polled by the studio).
 */
export const PATCH = withRoute<{ id: string; sourceId: string }>("EDITOR", async ({ json, user, params }) => {
  const body = (await json()) as Record<string, unknown>;
  const source = await excludeSource(db, { ...body, episodeId: params.id, sourceId: params.sourceId }, user);
  if (!source.changed) return NextResponse.json({ source, reassessment: { state: "idle" } });
  await requestReassessment(db, dispatch.requestReassessment, params.id, user.id);
  return NextResponse.json({ source, reassessment: { state: "pending" } }, { status: 202 });
});
