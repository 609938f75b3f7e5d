import type { Inngest } from "inngest";
import { db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import { defaultStages } from "@/lib/pipeline/registry";
import { appProviders } from "@/lib/providers/app-providers";
import { createProduceEpisode, type PipelineDeps } from "./produce-episode";
import { createPublishScheduled } from "./publish-scheduled";
import { createReassessEpisode } from "./reassess-episode";
import { createRegenerateLine } from "./regenerate-line";

/** Every function the app serves. Declared in one place, so the worker (worker/pipeline-worker.ts) and the tests serve the same set. */
export function createFunctions(client: Inngest, deps: PipelineDeps) {
  return [
    createProduceEpisode(client, deps),
    createReassessEpisode(client, deps),
    createRegenerateLine(client, deps),
    createPublishScheduled(client, deps),
  ];
}

export function defaultPipelineDeps(holdOwner?: string): PipelineDeps {
  return { db, stages: defaultStages, providers: appProviders, config: pipelineConfig(), holdOwner };
}
