import { NonRetriableError, type Inngest } from "inngest";
import { DomainError } from "@/lib/domain/errors";
import { lineRegenerationClaimHeld, performLineRegeneration } from "@/lib/pipeline/regenerate-line";
import { EpisodeCancelledError } from "@/lib/pipeline/run-stage";
import { lineRegenerationRequested } from "../events";
import type { PipelineDeps } from "./produce-episode";

/**
 * A line's regeneration, claimed by the web server (its RUNNING audio row), performed here: synthesis, mastering and
 * validation need the worker's memory. It is not retried: its failure marks the claimed rows failed, which frees the
 * episode for an approval or the next regeneration, and a retry after that could replace the master under them. A
 * claim given up meanwhile, or a final gate decided, is skipped for the same reason; the editor asks again.
 */
export function createRegenerateLine(client: Inngest, { db, stages, providers, config, holdOwner }: PipelineDeps) {
  return client.createFunction(
    {
      id: "regenerate-line",
      name: "Regenerate a line",
      triggers: [lineRegenerationRequested],
      retries: 0,
      concurrency: { key: "event.data.episodeId", limit: 1 },
      onFailure: async ({ event, error, step }) => {
        const { episodeId, pipelineRunId, iteration } = event.data.event.data;
        await step.run("mark-failed", () =>
          db.stageRun.updateMany({
            where: { episodeId, pipelineRunId, iteration, status: "RUNNING" },
            data: { status: "FAILED", endedAt: new Date(), error: error.message },
          }),
        );
      },
    },
    async ({ event, step }) => {
      const { episodeId, line, pipelineRunId, iteration, tier } = event.data;
      return step.run("regenerate", async () => {
        if (!(await lineRegenerationClaimHeld(db, episodeId, { pipelineRunId, iteration })))
          return { line, skipped: "The claim was given up or the final approval decided before the worker began." };
        try {
          return await performLineRegeneration(
            db,
            { stages, providers, options: { callRetry: config.callRetry, holdOwner } },
            episodeId,
            line,
            { pipelineRunId, iteration, tier },
          );
        } catch (error) {
          // A budget refusal, or a cancelled episode, stays so however often it is asked.
          if (error instanceof DomainError || error instanceof EpisodeCancelledError)
            throw new NonRetriableError(error.message);
          throw error;
        }
      });
    },
  );
}
