import { beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { getReassessmentStatus, recordReassessmentFailure } from "@/lib/episodes/reassessment-status";
import { lineRegenerationClaimHeld } from "./regenerate-line";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

async function claimedEpisode() {
  const episode = await episodeIn(ws, ws.users.producer, "AWAITING_FINAL_APPROVAL");
  const run = await ws.db.pipelineRun.create({ data: { episodeId: episode.id } });
  const gate = await ws.db.gate.create({ data: { episodeId: episode.id, kind: "FINAL", iteration: 1 } });
  const row = await ws.db.stageRun.create({
    data: {
      pipelineRunId: run.id,
      episodeId: episode.id,
      stage: "audio-synthesizer",
      iteration: 1001,
      status: "RUNNING",
      startedAt: new Date(),
    },
  });
  return { episode, gate, row, claimed: { pipelineRunId: run.id, iteration: 1001 } };
}

// The worker does not retry a regeneration, and skips one it may no longer perform: either could replace the master
// after the episode was freed for an approval or another claim.
describe("a queued line regeneration", () => {
  it("may run while its claim is running and the final approval waits", async () => {
    const { episode, claimed } = await claimedEpisode();
    expect(await lineRegenerationClaimHeld(ws.db, episode.id, claimed)).toBe(true);
  });

  it("is skipped once its claim was given up as abandoned", async () => {
    const { episode, row, claimed } = await claimedEpisode();
    await ws.db.stageRun.update({ where: { id: row.id }, data: { status: "FAILED", endedAt: new Date() } });
    expect(await lineRegenerationClaimHeld(ws.db, episode.id, claimed)).toBe(false);
  });

  it("is skipped once the final approval was decided", async () => {
    const { episode, gate, claimed } = await claimedEpisode();
    await ws.db.gate.update({ where: { id: gate.id }, data: { status: "APPROVED", decidedAt: new Date() } });
    expect(await lineRegenerationClaimHeld(ws.db, episode.id, claimed)).toBe(false);
  });
});

describe("a regeneration whose re-assessment failed", () => {
  it("is reported where the Research tab offers to re-assess again", async () => {
    const { episode } = await claimedEpisode();
    await recordReassessmentFailure(
      ws.db,
      episode.id,
      "the new master's quality gates could not be re-assessed (boom).",
    );
    expect(await getReassessmentStatus(ws.db, episode.id)).toEqual({
      state: "failed",
      message: "the new master's quality gates could not be re-assessed (boom).",
    });
  });
});
