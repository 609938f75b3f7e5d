import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { dispatch } from "@/inngest/app-dispatch";
import { claimLineRegeneration, regenerateLineSchema } from "@/lib/pipeline/regenerate-line";

/**
 * "Regenerate this line" (editors): checked and claimed here (its RUNNING audio row, 409 when one runs already); the
 * worker synthesises the line, re-masters and re-validates (202: the Audio tab polls until the row is done).
 */
export const POST = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json, user, params }) => {
    const { line } = regenerateLineSchema.parse(await json());
    const claimed = await claimLineRegeneration(db, params.id, line, user);
    await dispatch.requestLineRegeneration({ episodeId: params.id, line, ...claimed }).catch(async (error: unknown) => {
      // Not queued: the claim is released at once rather than blocking the next regeneration until it is abandoned.
      await db.stageRun.updateMany({
        where: { episodeId: params.id, pipelineRunId: claimed.pipelineRunId, iteration: claimed.iteration },
        data: { status: "FAILED", endedAt: new Date(), error: "The regeneration could not be queued." },
      });
      throw error;
    });
    return NextResponse.json({ line, state: "pending" }, { status: 202 });
  },
  { maxBodyBytes: 256 },
);
