import { describe, expect, it } from "vitest";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { episodeIn, episodesWorkspace } from "@/test/episodes-workspace";
import { getStageProgress } from "./get-stage-progress";

describe("getStageProgress", () => {
  it("gives every stage in pipeline order with its latest run's state, and whether a gate awaits a person", async () => {
    const ws = await episodesWorkspace();
    try {
      const episode = await episodeIn(ws, ws.users.producer, "AWAITING_SCRIPT_APPROVAL");
      const run = await ws.db.pipelineRun.create({ data: { episodeId: episode.id, reason: "create" } });
      const now = Date.now();
      const stageRun = (stage: string, iteration: number, data: object) =>
        ws.db.stageRun.create({
          data: { pipelineRunId: run.id, episodeId: episode.id, stage, iteration, attempt: 1, ...data },
        });
      await stageRun("script-writer", 1, {
        status: "SUCCEEDED",
        durationMs: 900,
        startedAt: new Date(now - 9_000),
        progress: 0.5,
      });
      await stageRun("script-writer", 2, {
        status: "RUNNING",
        attempt: 2,
        startedAt: new Date(now - 4_000),
        progress: 0.25,
        progressNote: "segment 2 of 4",
      });
      await stageRun("research-discovery", 1, {
        status: "SUCCEEDED",
        durationMs: 1_200,
        startedAt: new Date(now - 20_000),
        progress: 0.9,
      });

      const before = await getStageProgress(ws.db, episode.id, now);
      expect(before.stages.map((s) => s.key)).toEqual(STAGE_KEYS);
      expect(before.episode).toEqual({ status: "AWAITING_SCRIPT_APPROVAL", statusReason: null });
      expect(before.gatePending).toBe(false);
      const byKey = Object.fromEntries(
        before.stages.map((s) => [
          s.key,
          {
            state: s.state,
            iteration: s.iteration,
            attempt: s.attempt,
            durationMs: s.durationMs,
            progress: s.progress,
            note: s.note,
          },
        ]),
      );
      expect(byKey["research-discovery"]).toEqual({
        state: "SUCCEEDED",
        iteration: 1,
        attempt: 1,
        durationMs: 1_200,
        progress: 1,
        note: null,
      });
      expect(byKey["script-writer"]).toEqual({
        state: "RUNNING",
        iteration: 2,
        attempt: 2,
        durationMs: 4_000,
        progress: 0.25,
        note: "segment 2 of 4",
      });
      expect(byKey["audio-synthesizer"]).toEqual({
        state: "NOT_STARTED",
        iteration: 0,
        attempt: 0,
        durationMs: null,
        progress: null,
        note: null,
      });

      await ws.db.gate.create({ data: { episodeId: episode.id, pipelineRunId: run.id, kind: "SCRIPT" } });
      expect((await getStageProgress(ws.db, episode.id, now)).gatePending).toBe(true);
    } finally {
      await ws.db.$disconnect();
    }
  });
});
