import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { STAGE_KEYS, type StageKey } from "@/lib/domain/stages";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { defaultStages, type StageRegistry } from "./registry";
import { skipStages, startPipelineRun, SUPPLIED_SCRIPT_NOTE, SUPPLIED_SCRIPT_SKIPS } from "./run-lifecycle";

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

  // Every stored output reads: only which stages ran matters here.
  const anyOutput = Object.fromEntries(
    STAGE_KEYS.map((k) => [k, { ...defaultStages[k], output: z.unknown() }]),
  ) as unknown as StageRegistry;
  const through = (last: StageKey, without: StageKey[] = []) =>
    STAGE_KEYS.slice(0, STAGE_KEYS.indexOf(last) + 1).filter((k) => !without.includes(k));
  const retried = async (stages: StageKey[]) => {
    const episode = await failedAfter(stages.map((stage) => ({ stage, output: {} })));
    return startPipelineRun(ws.db, anyOutput, {
      episodeId: episode.id,
      engineRunId: `retry-${episode.id}`,
      reason: "retry",
    });
  };

  it("keeps the audio of a run from before the content judge's stage, and leaves the judge to run", async () => {
    const plan = await retried(through("audio-validator", ["content-judge"]));
    expect(plan.completed).toEqual(through("audio-validator", ["content-judge"]));
  });

  it("keeps no stage after a content judge that did not run on a script approved since", async () => {
    expect((await retried(through("brand-validator"))).completed).toEqual(through("brand-validator"));
    expect((await retried(through("content-judge"))).completed).toEqual(through("content-judge"));
  });

  it("counts a supplied script's skipped research and first draft as done, so what followed them is kept", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "QUEUED");
    await ws.db.scriptVersion.create({
      data: { episodeId: episode.id, version: 1, authorKind: "USER", authorId: ws.users.producer.id, segments: [] },
    });
    const first = await startPipelineRun(ws.db, anyOutput, {
      episodeId: episode.id,
      engineRunId: `first-${episode.id}`,
      reason: "create",
    });
    expect(first.scriptSupplied).toBe(true);
    await skipStages(ws.db, {
      episodeId: episode.id,
      pipelineRunId: first.pipelineRunId,
      stages: SUPPLIED_SCRIPT_SKIPS,
      why: SUPPLIED_SCRIPT_NOTE,
    });
    for (const [i, stage] of ["brand-validator", "content-judge"].entries())
      await ws.db.stageRun.create({
        data: {
          pipelineRunId: first.pipelineRunId,
          episodeId: episode.id,
          stage,
          status: "SUCCEEDED",
          output: {},
          endedAt: new Date(Date.now() + 1000 * (i + 1)),
        },
      });
    await ws.db.episode.update({ where: { id: episode.id }, data: { status: "NEEDS_ATTENTION" } });
    const retry = await startPipelineRun(ws.db, anyOutput, {
      episodeId: episode.id,
      engineRunId: `retry-${episode.id}`,
      reason: "retry",
    });
    expect(retry.completed).toEqual([...SUPPLIED_SCRIPT_SKIPS, "brand-validator", "content-judge"]);
  });
});
