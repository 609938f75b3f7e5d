import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { getEpisodeDetail } from "@/lib/episodes/get-episode-detail";
import { OverrideRequiredError } from "@/lib/domain/final-approval";
import { statusBadge } from "@/lib/domain/episode-status";
import type { CertificationReport } from "@/lib/quality/assessment/certification-report";

let h: PipelineHarness;
beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
});
afterAll(() => h?.close());

async function pendingGate(episodeId: string, kind: "SCRIPT" | "FINAL") {
  const gate = await waitFor(
    `the ${kind} gate`,
    () => h.db.gate.findFirst({ where: { episodeId, kind, status: "PENDING" } }),
    kind === "FINAL" ? 200_000 : 60_000,
  );
  await waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
  });
  return gate;
}

const REASON = "The show's stricter bar is new; this episode was produced for the old one and goes out as is.";

describe("approving a final gate whose certification fails", () => {
  it(
    "is refused without an override, and with one the reason and blockers land in the certification and audit log",
    { timeout: 300_000 },
    async () => {
      // A show that asks every dimension for 9.9 of 10: the certification before the final gate has blockers.
      const show = await h.db.show.findFirstOrThrow();
      await h.db.show.update({ where: { id: show.id }, data: { dimensionThreshold: 9.9 } });
      const episode = await createEpisode(
        h.db,
        h.dispatch,
        { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 2, sources: SOURCES },
        h.users.producer,
      );
      const script = await pendingGate(episode.id, "SCRIPT");
      await decideGate(h.db, h.dispatch, episode.id, { gateId: script.id, decision: "APPROVED" }, h.users.editor);
      const final = await pendingGate(episode.id, "FINAL");

      const before = await getEpisodeDetail(h.db, episode.id);
      const blockers = before!.readiness!.blockers;
      expect(blockers.some((b) => /below its threshold 9\.9/.test(b))).toBe(true);
      // The readiness stage ran but did not pass: its summary is a warning naming the blockers, not a tick.
      const readinessStage = before!.stages.find((s) => s.key === "qa-production-readiness")!;
      expect(readinessStage.status).toBe("SUCCEEDED");
      expect(readinessStage.warning).toBe(blockers.join(" "));

      const approve = (extra: object) =>
        decideGate(h.db, h.dispatch, episode.id, { gateId: final.id, decision: "APPROVED", ...extra }, h.users.editor);
      await expect(approve({})).rejects.toThrow(OverrideRequiredError);
      await expect(approve({})).rejects.toThrow(`Certification fails: ${blockers.join(" ")}`);
      await expect(approve({ override: { reason: "because" } })).rejects.toThrow(ZodError);
      expect(await h.db.gate.findUniqueOrThrow({ where: { id: final.id } })).toMatchObject({ status: "PENDING" });

      await approve({ override: { reason: REASON } });
      await waitFor(
        "READY",
        async () => (await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status === "READY",
        60_000,
      );

      const certification = await h.db.certification.findFirstOrThrow({ where: { episodeId: episode.id } });
      expect(certification.certified).toBe(false);
      expect(certification.overrideReason).toBe(REASON);
      const report = certification.report as unknown as CertificationReport;
      expect(report.override).toMatchObject({ overriddenBy: h.users.editor.name, reason: REASON, blockers });
      const audit = await h.db.auditLog.findFirstOrThrow({
        where: { action: "certification.override", entityId: final.id },
      });
      expect(audit).toMatchObject({ actorId: h.users.editor.id, episodeId: episode.id });
      expect(audit.data).toEqual({ reason: REASON, blockers });

      // The episode says so: amber "certification overridden", and the readiness stage still warns.
      const after = await getEpisodeDetail(h.db, episode.id);
      expect(statusBadge(after!.status, after!.certification)).toEqual({
        label: "Ready · certification overridden",
        tone: "warning",
      });
      expect(after!.stages.find((s) => s.key === "qa-production-readiness")!.warning).toBe(blockers.join(" "));
    },
  );
});
