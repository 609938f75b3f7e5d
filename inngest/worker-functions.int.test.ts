import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { overrideClaimVerdict } from "@/lib/episodes/override-claim-verdict";
import { getReassessmentStatus, requestReassessment } from "@/lib/episodes/reassessment-status";
import { claimLineRegeneration } from "@/lib/pipeline/regenerate-line";
import { getLineRegenerationStatus } from "@/lib/pipeline/line-regeneration-status";
import type { QualityAssessment } from "@/lib/quality/assessment/assess-quality";

// The editor's heavy follow-ups run in the worker, not the web server: the route's part (the stored change, or the
// claimed audio row, and the event) here through the same lib functions, and the worker's part through the real
// SDK's serve() handler driven by the offline engine.

let h: PipelineHarness;
let episodeId: string;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 3, sources: SOURCES },
    h.users.producer,
  );
  episodeId = episode.id;
  const gate = await waitFor(
    "the SCRIPT gate",
    () => h.db.gate.findFirst({ where: { episodeId, kind: "SCRIPT", status: "PENDING" } }),
    180_000,
  );
  await waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
  });
  await decideGate(h.db, h.dispatch, episodeId, { gateId: gate.id, decision: "APPROVED" }, h.users.editor);
  await waitFor(
    "the final approval",
    () => h.db.episode.findFirst({ where: { id: episodeId, status: "AWAITING_FINAL_APPROVAL" } }),
    180_000,
  );
}, 400_000);
afterAll(() => h?.close());

describe("the worker's functions", () => {
  it("re-assesses after an override: pending until the worker wrote the new assessment", async () => {
    const assessments = () => h.db.qualityAssessment.count({ where: { episodeId } });
    const before = await assessments();
    expect(await getReassessmentStatus(h.db, episodeId)).toEqual({ state: "idle" });
    const claim = await h.db.claim.findFirstOrThrow({ where: { episodeId }, orderBy: { position: "asc" } });
    const to = claim.verdict === "SUPPORTED" ? "UNSUPPORTED" : "SUPPORTED";
    const reason = "The second paragraph of the source states this plainly.";
    await overrideClaimVerdict(h.db, { episodeId, claimId: claim.id, verdict: to, reason }, h.users.editor);
    await requestReassessment(h.db, h.dispatch.requestReassessment, episodeId, h.users.editor.id);
    expect(await getReassessmentStatus(h.db, episodeId)).toEqual({ state: "pending" });

    await waitFor("the re-assessment", async () => (await getReassessmentStatus(h.db, episodeId)).state === "idle");
    expect(await assessments()).toBeGreaterThan(before);
    const latest = await h.db.qualityAssessment.findFirstOrThrow({
      where: { episodeId },
      orderBy: { createdAt: "desc" },
    });
    expect((latest.details as unknown as QualityAssessment).verdictOverrides).toEqual([
      expect.objectContaining({ claimIndex: claim.position, verdict: to, reason }),
    ]);
    const done = await h.db.auditLog.findFirstOrThrow({ where: { episodeId, action: "episode.reassess.done" } });
    expect(done.data).toMatchObject({ reassessed: ["qa-quality-assessment", "qa-production-readiness"] });
  });

  it("regenerates a line in the worker: the claimed row becomes the new take, then the master is re-validated", async () => {
    const claimed = await claimLineRegeneration(h.db, episodeId, 2, h.users.editor);
    // The route answers with the row claimed; a second request meanwhile is refused.
    await expect(claimLineRegeneration(h.db, episodeId, 3, h.users.editor)).rejects.toThrow(/being produced already/);
    expect(await getLineRegenerationStatus(h.db, episodeId)).toEqual({ state: "pending", line: 2 });
    await h.dispatch.requestLineRegeneration({ episodeId, line: 2, ...claimed });

    const validated = await waitFor(
      "the re-validation",
      () =>
        h.db.stageRun.findFirst({
          where: { episodeId, stage: "audio-validator", iteration: claimed.iteration, status: "SUCCEEDED" },
        }),
      120_000,
    );
    expect(validated.pipelineRunId).toBe(claimed.pipelineRunId);
    const take = await h.db.stageRun.findFirstOrThrow({
      where: { episodeId, stage: "audio-synthesizer", iteration: claimed.iteration },
      include: { _count: { select: { costEntries: true } } },
    });
    expect(take.status).toBe("SUCCEEDED");
    expect((take.output as { synthesizedLines: number }).synthesizedLines).toBe(1);
    expect(take._count.costEntries).toBe(1);
    expect(await getLineRegenerationStatus(h.db, episodeId)).toEqual({ state: "idle" });
  }, 150_000);

  it("marks a regeneration the worker could not finish as failed, saying why", async () => {
    const claimed = await claimLineRegeneration(h.db, episodeId, 3, h.users.editor);
    // Cancelled meanwhile: every attempt of the worker's step is refused.
    await h.db.episode.update({ where: { id: episodeId }, data: { status: "CANCELLED" } });
    await h.dispatch.requestLineRegeneration({ episodeId, line: 3, ...claimed });

    const status = await waitFor(
      "the failure",
      async () => {
        const s = await getLineRegenerationStatus(h.db, episodeId);
        return s.state === "failed" && s;
      },
      60_000,
    );
    expect(status).toMatchObject({ state: "failed", line: 3, message: expect.stringMatching(/cancel/i) });
    const row = await h.db.stageRun.findFirstOrThrow({
      where: { episodeId, stage: "audio-synthesizer", iteration: claimed.iteration },
    });
    expect(row.status).toBe("FAILED");
  }, 90_000);
});
