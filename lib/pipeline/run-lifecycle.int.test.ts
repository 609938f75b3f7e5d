import { beforeAll, describe, expect, it } from "vitest";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { defaultStages } from "./registry";
import { startPipelineRun } from "./run-lifecycle";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const [discovery, deepDive, validation] = STAGE_KEYS;

/** An episode whose first run stored these stage results, then needed attention. */
async function failedAfter(results: { stage: string; output: unknown }[]) {
  const episode = await episodeIn(ws, ws.users.producer, "QUEUED");
  const { pipelineRunId } = await startPipelineRun(ws.db, defaultStages, {
    episodeId: episode.id,
    engineRunId: `first-${episode.id}`,
    reason: "create",
  });
  for (const [i, r] of results.entries()) {
    await ws.db.stageRun.create({
      data: {
        pipelineRunId,
        episodeId: episode.id,
        stage: r.stage,
        status: "SUCCEEDED",
        output: r.output as object,
        endedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      },
    });
  }
  await ws.db.episode.update({ where: { id: episode.id }, data: { status: "NEEDS_ATTENTION" } });
  return episode;
}

const passages = {
  passages: [{ sourceId: "s1", title: "Sleep", text: "Sleep", start: 0, score: 1 }],
  angles: ["memory"],
};

describe("startPipelineRun on a retry", () => {
  it("keeps the stages whose stored outputs their schemas still read", async () => {
    const discoveryOutput = defaultStages[discovery!].output.safeParse(passages);
    expect(discoveryOutput.success, "the fixture is a valid discovery output").toBe(true);
    const episode = await failedAfter([{ stage: discovery!, output: passages }]);
    const plan = await startPipelineRun(ws.db, defaultStages, {
      episodeId: episode.id,
      engineRunId: `retry-${episode.id}`,
      reason: "retry",
    });
    expect(plan.completed).toEqual([discovery]);
  });

  it("runs again, from the first one on, a stage whose stored output no longer fits its schema", async () => {
    const episode = await failedAfter([
      { stage: discovery!, output: { passages: "stored before the schema changed" } },
      { stage: deepDive!, output: { claims: [] } },
      { stage: validation!, output: { judgements: [] } },
    ]);
    const plan = await startPipelineRun(ws.db, defaultStages, {
      episodeId: episode.id,
      engineRunId: `retry-${episode.id}`,
      reason: "retry",
    });
    expect(plan.completed).toEqual([]);
  });
});
