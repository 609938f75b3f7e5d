import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { createProviders } from "@/lib/providers/registry";
import { withFaults } from "@/lib/providers/fault-injection";
import type { SpeechSynthesizer } from "@/lib/providers/speech/types";
import { STAGE_KEYS } from "@/lib/domain/stages";

// Issue 11: eight episodes with speech failing 15% of the time (429 and 5xx) and the writer 10% all reach READY, each
// failed call retried in place. Offline voices, one-minute episodes, no transcript check: short enough for CI.

const EPISODES = 8;
const faults = { "429": 0, "5xx": 0, timeout: 0 };
let synthesized = 0;
let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url, {
    env: {
      TRANSCRIPTION_PROVIDER: "none",
      // Six retries make a call that fails every time (0.15^7) too rare to flake the "one attempt per stage" check.
      SHOWRUNNER_CALL_RETRIES: "6",
    },
    async providers(env, db) {
      const providers = await createProviders(env, db);
      const onFault = (kind: keyof typeof faults) => void faults[kind]++;
      const speech = withFaults("speech", providers.speech, { rateLimit: 0.075, serverError: 0.075, timeout: 0, retryAfterMs: 300, onFault });
      const counted: SpeechSynthesizer = { ...speech, synthesize: async (request) => speech.synthesize(request).then((r) => (synthesized++, r)) };
      return {
        ...providers,
        speech: counted,
        writer: withFaults("writer", providers.writer, { rateLimit: 0.05, serverError: 0.05, timeout: 0, retryAfterMs: 300, onFault }),
      };
    },
  });
  await h.db.show.updateMany({ data: { autoApprove: true } });
});
afterAll(() => h?.close());

describe("flaky providers", () => {
  it("eight episodes all reach READY, every failed call retried in place, nothing charged twice or after its attempt", { timeout: 300_000 }, async () => {
    const show = await h.db.show.findFirstOrThrow();
    const started = Date.now();
    const episodes = await Promise.all(
      Array.from({ length: EPISODES }, (_, i) =>
        createEpisode(h.db, { showId: show.id, topic: `Sleep and memory under faults, part ${i + 1}`, targetMinutes: 1, sources: SOURCES }, h.users.producer),
      ),
    );
    await Promise.all(episodes.map((e) => h.dispatch.requestPipeline(e, "create")));
    // Until all are READY, or one stops for good (then the assertion below says which and why).
    await waitFor(
      `all ${EPISODES} episodes READY`,
      async () =>
        (await h.db.episode.count({ where: { status: { in: ["NEEDS_ATTENTION", "PAUSED_BUDGET", "CANCELLED"] } } })) > 0 ||
        (await h.db.episode.count({ where: { status: "READY" } })) === EPISODES,
      270_000,
    );
    const wallSeconds = (Date.now() - started) / 1000;
    const finished = await h.db.episode.findMany({ select: { title: true, status: true, statusReason: true } });
    expect(finished.filter((e) => e.status !== "READY")).toEqual([]);

    const runs = await h.db.stageRun.findMany();
    expect(runs).toHaveLength(EPISODES * STAGE_KEYS.length);
    expect(runs.every((r) => r.status === "SUCCEEDED")).toBe(true);
    // Faults were injected, and every one was absorbed by a retry in place: no stage needed a second attempt.
    const injected = faults["429"] + faults["5xx"];
    const retries = runs.reduce((n, r) => n + r.callRetries, 0);
    expect(faults["429"]).toBeGreaterThan(0);
    expect(faults["5xx"]).toBeGreaterThan(0);
    expect(retries).toBe(injected);
    expect(runs.filter((r) => r.attempt > 1)).toEqual([]);

    // The ledger: one entry per call and usage (keys are unique by constraint), each line's speech charged once,
    // and every entry written while its attempt ran.
    const entries = await h.db.costEntry.findMany();
    expect(new Set(entries.map((e) => e.idempotencyKey)).size).toBe(entries.length);
    expect(entries.filter((e) => e.stage === "audio-synthesizer")).toHaveLength(synthesized);
    const byId = new Map(runs.map((r) => [r.id, r]));
    for (const entry of entries) {
      const run = byId.get(entry.stageRunId!)!;
      const attempt = Number(entry.idempotencyKey.split(":")[1]);
      expect(attempt, entry.idempotencyKey).toBe(run.attempt);
      expect(entry.createdAt.getTime(), entry.idempotencyKey).toBeGreaterThanOrEqual(run.startedAt!.getTime());
      expect(entry.createdAt.getTime(), entry.idempotencyKey).toBeLessThanOrEqual(run.endedAt!.getTime());
    }
    // Every hold was released.
    expect(await h.db.budgetHold.count()).toBe(0);

    const audio = runs.filter((r) => r.stage === "audio-synthesizer");
    console.log(
      `Flaky providers: ${EPISODES} episodes READY in ${wallSeconds.toFixed(0)} s; ${injected} faults injected ` +
        `(${faults["429"]} rate limits, ${faults["5xx"]} server errors), ${retries} calls retried in place ` +
        `(${audio.reduce((n, r) => n + r.callRetries, 0)} in audio synthesis), ${runs.reduce((n, r) => n + r.attempt, 0)} stage attempts ` +
        `for ${runs.length} stages; ${synthesized} lines synthesised.`,
    );
  });
});
