import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { getFailedChecks, getFailedStage } from "./get-episode-failures";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});
afterAll(() => ws?.db.$disconnect());

async function runs(
  episodeId: string,
  rows: {
    stage: string;
    iteration?: number;
    status: "SUCCEEDED" | "FAILED";
    output?: object;
    error?: string;
    endedAt?: Date;
  }[],
) {
  const run = await ws.db.pipelineRun.create({ data: { episodeId, reason: "create" } });
  for (const { iteration = 1, ...row } of rows)
    await ws.db.stageRun.create({ data: { pipelineRunId: run.id, episodeId, iteration, attempt: 1, ...row } });
}

describe("an episode's failures", () => {
  it("lists the latest brand, audio and quality checks that did not pass, in pipeline order", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "AWAITING_SCRIPT_APPROVAL");
    await runs(episode.id, [
      {
        stage: "brand-validator",
        iteration: 1,
        status: "SUCCEEDED",
        output: { passed: false, overall: 5, threshold: 7 },
      },
      {
        stage: "brand-validator",
        iteration: 2,
        status: "SUCCEEDED",
        output: { passed: false, overall: 6.5, threshold: 7 },
      },
      { stage: "audio-validator", status: "SUCCEEDED", output: { passed: true, checks: [] } },
      { stage: "script-writer", status: "SUCCEEDED", output: { passed: false, detail: "not a check" } },
    ]);
    expect(await getFailedChecks(ws.db, episode.id)).toEqual(["Brand score: scored 6.5 (needs 7)"]);
    expect(await getFailedStage(ws.db, episode.id)).toBeNull();
  });

  it("names the stage that failed last, with its error", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "NEEDS_ATTENTION");
    await runs(episode.id, [
      { stage: "research-deep-dive", status: "FAILED", error: "first", endedAt: new Date(Date.now() - 60_000) },
      {
        stage: "episode-planner",
        status: "FAILED",
        error: "Injected provider error on episode-planner (attempt 5)",
        endedAt: new Date(),
      },
    ]);
    expect(await getFailedStage(ws.db, episode.id)).toEqual({
      label: "Episode plan",
      error: "Injected provider error on episode-planner (attempt 5)",
    });
  });
});
