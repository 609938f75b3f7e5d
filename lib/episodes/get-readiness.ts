import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";

const readinessOutput = z.object({
  certification: z.object({ certified: z.boolean(), blockers: z.array(z.string()), warnings: z.array(z.string()) }),
});
export type Readiness = z.infer<typeof readinessOutput>["certification"];

/**
 * The certification as the production-readiness stage last made it, before the final gate: what the final decision
 * is made on. Null before that stage succeeded (or when its stored output does not read).
 */
export async function getReadiness(db: Pick<Db, "stageRun">, episodeId: string): Promise<Readiness | null> {
  const run = await db.stageRun.findFirst({
    where: { episodeId, stage: "qa-production-readiness", status: "SUCCEEDED" },
    orderBy: [{ startedAt: "desc" }],
    select: { output: true },
  });
  return readReadiness(run?.output);
}

/** The readiness stage's stored output as a certification, or null when it does not read. */
export function readReadiness(output: unknown): Readiness | null {
  return readinessOutput.safeParse(output).data?.certification ?? null;
}
