import type { Inngest } from "inngest";
import { reassessEpisode } from "@/lib/pipeline/reassess-episode";
import { latestReassessmentRequest, recordReassessmentOutcome } from "@/lib/episodes/reassessment-status";
import { reassessmentRequested } from "../events";
import type { PipelineDeps } from "./produce-episode";

/**
 * Re-runs an episode's quality gates after an editor's override or exclusion, here in the worker: the NLP fact check
 * needs more memory than the web server has. One at a time per episode, so two overrides never interleave their writes.
 */
export function createReassessEpisode(client: Inngest, { db, stages, providers }: PipelineDeps) {
  return client.createFunction(
    {
      id: "reassess-episode",
      name: "Re-assess an episode",
      triggers: [reassessmentRequested],
      retries: 2,
      concurrency: { key: "event.data.episodeId", limit: 1 },
      onFailure: async ({ event, error, step }) => {
        const { episodeId, requestId } = event.data.event.data;
        // Its own request failed; one made since stays pending for the run it queued.
        await step.run("record-failure", async () =>
          recordReassessmentOutcome(db, episodeId, requestId ?? (await latestReassessmentRequest(db, episodeId)), {
            failed: `${error.message}.`,
          }),
        );
      },
    },
    async ({ event, step }) => {
      const { episodeId } = event.data;
      // Read before the gates run: the requests up to this one are the ones whose changes they see.
      const covers = await step.run("read-request", () => latestReassessmentRequest(db, episodeId));
      const result = await step.run("reassess", () => reassessEpisode(db, stages, providers, episodeId));
      await step.run("record-outcome", () => recordReassessmentOutcome(db, episodeId, covers, { done: result }));
      return result;
    },
  );
}
