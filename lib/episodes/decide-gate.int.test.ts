import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { recordEvents } from "@/test/record-events";
import { decideGate } from "./decide-gate";
import {
  getReassessmentStatus,
  latestReassessmentRequest,
  recordReassessmentOutcome,
  requestReassessment,
} from "./reassessment-status";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

async function pendingGate() {
  const episode = await episodeIn(ws, ws.users.producer, "AWAITING_SCRIPT_APPROVAL");
  const gate = await ws.db.gate.create({ data: { episodeId: episode.id, kind: "SCRIPT", iteration: 1 } });
  return { episode, gate };
}
const gateRow = (id: string) => ws.db.gate.findUniqueOrThrow({ where: { id } });

describe("decideGate", () => {
  it("writes the decision to the gate's row, then announces it once", async () => {
    const { episode, gate } = await pendingGate();
    // The row is the decision: the run the event wakes reads it, so it is written first.
    const events = recordEvents({ onSend: async () => expect((await gateRow(gate.id)).status).toBe("REJECTED") });
    const decided = await decideGate(
      ws.db,
      events,
      episode.id,
      { gateId: gate.id, decision: "REJECTED", comment: "Shorter intro" },
      ws.users.editor,
    );
    expect(decided).toEqual({ gateId: gate.id, decision: "REJECTED", comment: "Shorter intro" });
    expect(events.sent).toEqual([{ name: "announceGateDecision", episodeId: episode.id, gateId: gate.id }]);
    expect(await gateRow(gate.id)).toMatchObject({
      status: "REJECTED",
      comment: "Shorter intro",
      decidedById: ws.users.editor.id,
      decidedAt: expect.any(Date),
    });
    expect(
      await ws.db.auditLog.count({ where: { action: "gate.reject", entityId: gate.id, actorId: ws.users.editor.id } }),
    ).toBe(1);
  });

  it("waits for a pending re-assessment: refused and unchanged until its outcome is recorded", async () => {
    const { episode, gate } = await pendingGate();
    await requestReassessment(ws.db, async () => undefined, episode.id, ws.users.editor.id);
    const events = recordEvents();
    const decide = () =>
      decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor);
    await expect(decide()).rejects.toThrow(
      new ConflictError(
        "The quality gates are being re-assessed after a change to the research: decide once the new scores are in.",
      ),
    );
    expect((await gateRow(gate.id)).status).toBe("PENDING");
    expect(events.sent).toEqual([]);
    await recordReassessmentOutcome(ws.db, episode.id, await latestReassessmentRequest(ws.db, episode.id), {
      done: {},
    });
    await decide();
    expect((await gateRow(gate.id)).status).toBe("APPROVED");
  });

  it("stops waiting for a re-assessment the worker never answered after 10 minutes", async () => {
    const { episode, gate } = await pendingGate();
    await requestReassessment(ws.db, async () => undefined, episode.id, ws.users.editor.id);
    await ws.db.auditLog.updateMany({
      where: { episodeId: episode.id, action: "episode.reassess.request" },
      data: { createdAt: new Date(Date.now() - 11 * 60_000) },
    });
    expect(await getReassessmentStatus(ws.db, episode.id)).toEqual({
      state: "failed",
      message: "the worker did not finish it within 10 minutes.",
    });
    await decideGate(ws.db, recordEvents(), episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor);
    expect((await gateRow(gate.id)).status).toBe("APPROVED");
  });

  it("lets one of two decisions sent at once win; the other gets a conflict, and one event is sent", async () => {
    const { episode, gate } = await pendingGate();
    const events = recordEvents();
    const results = await Promise.allSettled([
      decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor),
      decideGate(
        ws.db,
        events,
        episode.id,
        { gateId: gate.id, decision: "REJECTED", comment: "Too long" },
        ws.users.admin,
      ),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    const winner = won[0]!.value;
    // It names the decision that won, not the "pending" the loser read before the winner committed.
    expect(lost[0]!.reason.message).toBe(`This gate was already decided (${winner.decision.toLowerCase()}).`);
    expect((await gateRow(gate.id)).status).toBe(winner.decision);
    expect(events.sent).toEqual([{ name: "announceGateDecision", episodeId: episode.id, gateId: gate.id }]);
    expect(
      await ws.db.auditLog.count({ where: { action: { in: ["gate.approve", "gate.reject"] }, entityId: gate.id } }),
    ).toBe(1);
  });

  it("keeps the decision and throws when the engine cannot be reached (the run reads the row before its gate expires)", async () => {
    const { episode, gate } = await pendingGate();
    const events = recordEvents({ fail: new Error("fetch failed") });
    await expect(
      decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor),
    ).rejects.toThrow("fetch failed");
    expect(events.sent).toHaveLength(1);
    expect(await gateRow(gate.id)).toMatchObject({ status: "APPROVED", decidedById: ws.users.editor.id });
  });

  it("refuses a producer, even on their own episode, changing and sending nothing", async () => {
    const { episode, gate } = await pendingGate();
    const events = recordEvents();
    await expect(
      decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.producer),
    ).rejects.toThrow(ForbiddenError);
    expect(await gateRow(gate.id)).toMatchObject({ status: "PENDING", decidedById: null });
    expect(events.sent).toEqual([]);
  });

  it("finds no gate of another episode, and refuses a rejection without a comment", async () => {
    const { gate } = await pendingGate();
    const other = await episodeIn(ws, ws.users.producer, "AWAITING_SCRIPT_APPROVAL");
    const events = recordEvents();
    await expect(
      decideGate(ws.db, events, other.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor),
    ).rejects.toThrow(NotFoundError);
    await expect(
      decideGate(ws.db, events, gate.episodeId, { gateId: gate.id, decision: "REJECTED" }, ws.users.editor),
    ).rejects.toThrow(ZodError);
    expect((await gateRow(gate.id)).status).toBe("PENDING");
    expect(events.sent).toEqual([]);
  });

  describe("a final approval", () => {
    async function finalGate() {
      const episode = await episodeIn(ws, ws.users.producer, "AWAITING_FINAL_APPROVAL");
      const run = await ws.db.pipelineRun.create({ data: { episodeId: episode.id } });
      const gate = await ws.db.gate.create({ data: { episodeId: episode.id, kind: "FINAL", iteration: 1 } });
      const stageRun = (stage: string, iteration: number, data: object) =>
        ws.db.stageRun.create({
          data: { pipelineRunId: run.id, episodeId: episode.id, stage, iteration, startedAt: new Date(), ...data },
        });
      return { episode, gate, stageRun };
    }
    const certified = { certification: { certified: true, blockers: [], warnings: [] } };

    it("is refused while the readiness check has no result, changing and sending nothing", async () => {
      const { episode, gate } = await finalGate();
      const events = recordEvents();
      const approve = decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor);
      await expect(approve).rejects.toThrow(ConflictError);
      await expect(approve).rejects.toThrow("The readiness check has not run yet: approve once it has a result.");
      expect((await gateRow(gate.id)).status).toBe("PENDING");
      expect(events.sent).toEqual([]);
      // A rejection does not rest on the certification.
      await decideGate(
        ws.db,
        events,
        episode.id,
        { gateId: gate.id, decision: "REJECTED", comment: "Redo the intro" },
        ws.users.editor,
      );
      expect((await gateRow(gate.id)).status).toBe("REJECTED");
    });

    it("is refused while a line is being regenerated; one left by a server that died does not block", async () => {
      const { episode, gate, stageRun } = await finalGate();
      await stageRun("qa-production-readiness", 1, { status: "SUCCEEDED", output: certified, endedAt: new Date() });
      const live = await stageRun("audio-validator", 1001, { status: "RUNNING" });
      const events = recordEvents();
      const approve = () =>
        decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor);
      await expect(approve()).rejects.toThrow(
        "A line is being regenerated: approve once it finishes and the new master has been re-assessed.",
      );
      expect((await gateRow(gate.id)).status).toBe("PENDING");
      await ws.db.stageRun.update({
        where: { id: live.id },
        data: { startedAt: new Date(Date.now() - 30 * 60_000) },
      });
      await approve();
      expect((await gateRow(gate.id)).status).toBe("APPROVED");
      expect(events.sent).toHaveLength(1);
    });

    it("is refused while a regenerated master has not been re-assessed yet", async () => {
      const { episode, gate, stageRun } = await finalGate();
      const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
      const readiness = await stageRun("qa-production-readiness", 1, {
        status: "SUCCEEDED",
        output: certified,
        endedAt: minutesAgo(3),
      });
      await stageRun("audio-validator", 1001, { status: "SUCCEEDED", endedAt: minutesAgo(2) });
      const events = recordEvents();
      const approve = () =>
        decideGate(ws.db, events, episode.id, { gateId: gate.id, decision: "APPROVED" }, ws.users.editor);
      await expect(approve()).rejects.toThrow(/A line is being regenerated/);
      // The re-assessment wrote its result after the new master: the approval rests on it.
      await ws.db.stageRun.update({ where: { id: readiness.id }, data: { endedAt: minutesAgo(1) } });
      await approve();
      expect((await gateRow(gate.id)).status).toBe("APPROVED");
    });
  });
});
