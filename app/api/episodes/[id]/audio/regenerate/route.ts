import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { defaultStages } from "@/lib/pipeline/registry";
import { pipelineConfig } from "@/lib/config";
import { appProviders } from "@/lib/providers/app-providers";
import { regenerateLine, regenerateLineSchema } from "@/lib/pipeline/regenerate-line";

/** "Regenerate this line" (editors): one line synthesised afresh, the episode re-mastered and re-validated. */
export const POST = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json, user, params }) => {
    const { line } = regenerateLineSchema.parse(await json());
    const result = await regenerateLine(
      db,
      { stages: defaultStages, providers: appProviders, options: { callRetry: pipelineConfig().callRetry } },
      params.id,
      line,
      user,
    );
    return NextResponse.json(result);
  },
  { maxBodyBytes: 256 },
);
