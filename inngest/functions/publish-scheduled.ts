import type { Inngest } from "inngest";
import { publishScheduled } from "@/lib/publishing/publish-scheduled";
import { publicationScheduled } from "../events";
import type { PipelineDeps } from "./produce-episode";

/**
 * Publishes a scheduled episode when its time comes. The engine holds the wait (a restart does not lose it); at the
 * time, the publish happens only if the row is still scheduled for that very time, with the rules checked again.
 */
export function createPublishScheduled(client: Inngest, { db, providers }: PipelineDeps) {
  return client.createFunction(
    {
      id: "publish-scheduled",
      name: "Publish a scheduled episode",
      triggers: [publicationScheduled],
      retries: 3,
      concurrency: { key: "event.data.episodeId", limit: 1 },
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
