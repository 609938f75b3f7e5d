import { beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { getEpisodeDetail } from "./get-episode-detail";
import { getLineRegenerationStatus } from "@/lib/pipeline/line-regeneration-status";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

// A failed editor regeneration (e.g. refused for budget) leaves the pipeline's master in use: the stage stays as the
// pipeline left it, and the Audio tab says the regeneration failed.
describe("a failed line regeneration", () => {
  it("does not turn the audio stage red; the Audio tab reports it", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "AWAITING_FINAL_APPROVAL");
    const run = await ws.db.pipelineRun.create({ data: { episodeId: episode.id } });
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
    const row = (
      iteration: number,
      status: "SUCCEEDED" | "FAILED" | "RUNNING",
      minutesAgo: number,
      error?: string,
      stage = "audio-synthesizer",
    ) =>
      ws.db.stageRun.create({
        data: {
          pipelineRunId: run.id,
          episodeId: episode.id,
          stage,
          iteration,
          status,
          error,
          startedAt: at(minutesAgo),
          endedAt: at(minutesAgo),
        },
      });
    await row(1, "SUCCEEDED", 20);
    const refused = "The episode's budget would be exceeded.";
    await row(1001, "FAILED", 5, refused);

    const detail = await getEpisodeDetail(ws.db, episode.id);
    const audio = detail!.stages.find((s) => s.key === "audio-synthesizer")!;
    expect(audio).toMatchObject({ status: "SUCCEEDED", iteration: 1, error: null, executions: 2 });
    expect(await getLineRegenerationStatus(ws.db, episode.id)).toEqual({
      state: "failed",
      line: null,
      message: refused,
    });

    // A later regeneration that succeeded, validation included, clears the note.
    await row(1002, "SUCCEEDED", 2);
    expect(await getLineRegenerationStatus(ws.db, episode.id)).toEqual({ state: "pending", line: null });
    await row(1002, "SUCCEEDED", 1, undefined, "audio-validator");
    expect(await getLineRegenerationStatus(ws.db, episode.id)).toEqual({ state: "idle" });

    // One left running by a process that died is said to have stopped, not waited for.
    await row(1003, "RUNNING", 30);
    expect(await getLineRegenerationStatus(ws.db, episode.id)).toMatchObject({ state: "failed" });
  });
});
