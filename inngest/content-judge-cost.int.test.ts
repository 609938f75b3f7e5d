import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { BRAND_DIMENSIONS } from "@/lib/domain/brand-dimensions";
import { createProviders } from "@/lib/providers/registry";
import { OFFLINE_MODEL } from "@/lib/providers/writer/create-offline-writer";
import { createFliteSynthesizer } from "@/lib/providers/speech/flite-synthesizer";

// The brand and content judges as paid calls (each ledgered as one input-token line), on the real pipeline: the
// brand judge scores the first draft low (so the rewrite loop scores three drafts), and the content judge's first
// call fails with a 503 (so its step is retried by the engine). What the ledger must then hold: one brand-judge
// line per brand score, one content-judge line for the one script going out.

const USAGE = [{ provider: "offline", model: OFFLINE_MODEL, unit: "input_token", quantity: 100 }];
const JUDGEMENT = {
  engagement: { score: 7, reason: "Two voices, real questions." },
  clarity: { score: 8, reason: "Short sentences." },
  accuracy: { score: 9, reason: "Matches the key points." },
};
/** A judge call far past any episode's budget: 100 million input tokens on a priced hosted model. */
const OVER_BUDGET = [{ provider: "anthropic", model: "claude-haiku-4-5", unit: "input_token", quantity: 100_000_000 }];
let judgeUsage = USAGE;
const calls = { judgeBrand: 0, judgeContent: 0 };
let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url, {
    env: {
      SPEECH_PROVIDER: (await createFliteSynthesizer().health()).ok ? "flite" : "auto",
      TRANSCRIPTION_PROVIDER: "none",
      // No retry in place: a failed call fails its step, which the engine retries.
      SHOWRUNNER_CALL_RETRIES: "0",
    },
    async providers(env, db) {
      const providers = await createProviders(env, db);
      const offline = providers.writer;
      return {
        ...providers,
        writer: {
          ...offline,
          estimate: (task, input) =>
            task === "judgeBrand" ? USAGE : task === "judgeContent" ? judgeUsage : offline.estimate(task, input),
          async judgeBrand() {
            const score = calls.judgeBrand++ === 0 ? 0 : 10;
            return {
              output: { scores: BRAND_DIMENSIONS.map((dimension) => ({ dimension, score, rationale: "Judged." })) },
              usage: USAGE,
            };
          },
          async judgeContent() {
            if (calls.judgeContent++ === 0)
              throw Object.assign(new Error("The judge's server answered HTTP 503"), { status: 503 });
            return { output: { model: "judge-model", judgement: JUDGEMENT }, usage: judgeUsage };
          },
        },
      };
    },
  });
});
afterAll(async () => {
  await h?.close();
});

/** A new episode, once its script gate is open and the engine waits for the decision. */
async function atScriptGate(topic: string) {
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic, targetMinutes: 1, sources: SOURCES },
    h.users.producer,
  );
  const gate = await waitFor(
    "the script gate",
    () => h.db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING" } }),
    120_000,
  );
  await waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId: episode.id } });
    return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
  });
  return { episode, gate };
}

describe("the content judge's cost", () => {
  it(
    "is paid once per script going out, and its retried step pays for no brand judge again",
    { timeout: 300_000 },
    async () => {
      const { episode, gate } = await atScriptGate("Judged once");
      const ledger = (stage: string) => h.db.costEntry.count({ where: { episodeId: episode.id, stage } });
      // Nothing is judged for content before the editor approves a script.
      expect(await ledger("content-judge")).toBe(0);
      expect(calls.judgeContent).toBe(0);
      await decideGate(h.db, h.dispatch, episode.id, { gateId: gate.id, decision: "APPROVED" }, h.users.editor);
      await waitFor(
        "the final gate",
        () => h.db.gate.findFirst({ where: { episodeId: episode.id, kind: "FINAL" } }),
        240_000,
      );

      const brandRuns = await h.db.stageRun.count({
        where: { episodeId: episode.id, stage: "brand-validator", status: "SUCCEEDED" },
      });
      expect(brandRuns).toBeGreaterThanOrEqual(2); // the low first score made the loop write again
      expect(calls.judgeBrand).toBe(brandRuns);
      expect(await ledger("brand-validator")).toBe(brandRuns);
      // Two calls (the 503 and its retry), one charged: the one answer used.
      expect(calls.judgeContent).toBe(2);
      expect(await ledger("content-judge")).toBe(1);
      const judged = await h.db.stageRun.findMany({ where: { episodeId: episode.id, stage: "content-judge" } });
      expect(judged.map((r) => [r.status, r.attempt])).toEqual([["SUCCEEDED", 2]]);

      const assessment = await h.db.qualityAssessment.findFirstOrThrow({ where: { episodeId: episode.id } });
      expect((assessment.details as { contentJudge?: unknown }).contentJudge).toEqual({
        status: "scored",
        model: "judge-model",
        judgement: JUDGEMENT,
      });
    },
  );

  it("is skipped, and the episode goes on, when the budget leaves no room for it", { timeout: 300_000 }, async () => {
    judgeUsage = OVER_BUDGET;
    const before = calls.judgeContent;
    const { episode, gate } = await atScriptGate("No room for the judge");
    await decideGate(h.db, h.dispatch, episode.id, { gateId: gate.id, decision: "APPROVED" }, h.users.editor);
    await waitFor(
      "the final gate",
      () => h.db.gate.findFirst({ where: { episodeId: episode.id, kind: "FINAL" } }),
      240_000,
    );
    // Never called, never charged, never paused for.
    expect(calls.judgeContent).toBe(before);
    expect(await h.db.costEntry.count({ where: { episodeId: episode.id, stage: "content-judge" } })).toBe(0);
    expect(await h.db.pipelineRun.count({ where: { episodeId: episode.id } })).toBe(1);
    const assessment = await h.db.qualityAssessment.findFirstOrThrow({ where: { episodeId: episode.id } });
    expect((assessment.details as { contentJudge?: unknown }).contentJudge).toEqual({
      status: "failed",
      reason: expect.stringMatching(
        /^Skipped: the budget leaves no room for the content judge\. This call could cost up to \$100\.0000/,
      ),
    });
  });
});
