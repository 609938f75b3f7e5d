import type { Inngest } from "inngest";
import { publishScheduled, refuseScheduled, SCHEDULED_PUBLISH_FAILED } from "@/lib/publishing/publish-scheduled";
import { publicationScheduled } from "../events";
import type { PipelineDeps } from "./produce-episode";

/**
 * Publishes a scheduled episode when its time comes. The engine holds the wait (a restart does not lose it); at the
 * time, the publish happens only if the row is still scheduled for that very time, with the rules checked again.
 * A publish that still fails after its retries is recorded as refused.
 */
export function createPublishScheduled(client: Inngest, { db, providers }: PipelineDeps) {
  return client.createFunction(
    {
      id: "publish-scheduled",
      name: "Publish a scheduled episode",
      triggers: [publicationScheduled],
      retries: 3,
      concurrency: { key: "event.data.episodeId", limit: 1 },
      onFailure: async ({ event, error, step }) => {
        const { episodeId, at } = event.data.event.data;
        // Retries ran out (storage or database down at the time): the schedule must not stay in the past unseen. The
        // cause goes to the worker's log; the Publish tab gets what an editor can act on, not a driver's message.
        console.error(`Scheduled publish of ${episodeId} at ${at} failed after its retries:`, error);
        await step.run("record-refusal", () => refuseScheduled(db, episodeId, new Date(at), SCHEDULED_PUBLISH_FAILED));
      },
    },
    async ({ event, step }) => {
      const { episodeId, at } = event.data;
      await step.sleepUntil("wait-for-publish-time", new Date(at));
      return step.run("publish", async () =>
        publishScheduled(db, (await providers()).storage, episodeId, new Date(at)),
      );
    },
  );
}
