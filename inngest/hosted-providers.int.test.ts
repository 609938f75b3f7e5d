import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { closedPort, startLocalProvider, type Answer } from "@/test/local-provider-server";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";

// The real pipeline with hosted providers pointed at local servers that speak their wire formats.

async function newEpisode(h: PipelineHarness, topic: string) {
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic, targetMinutes: 1, sources: SOURCES },
    h.users.producer,
  );
  return episode;
}

describe("a speech provider that accepts a request and never answers", () => {
  let h: PipelineHarness;
  let mp3: Buffer;
  let elevenLabs: Awaited<ReturnType<typeof startLocalProvider>>;
  let hung = 0;

  beforeAll(async () => {
    mp3 = await withTempDir("hang-mp3", async (dir) =>
      readFile(
        await renderSignal(dir, "tone.mp3", "sine=frequency=220:sample_rate=44100:duration=0.5", [], "libmp3lame"),
      ),
    );
    // Health (GET /v1/models) answers; the first text-to-speech request hangs; the rest get audio.
    elevenLabs = await startLocalProvider((req): Answer => {
      if (req.method === "GET")
        return (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"models":[]}');
      if (hung++ === 0) return "hang";
      return (_, res) => res.writeHead(200, { "content-type": "audio/mpeg" }).end(mp3);
    });
    const { url } = await freshDatabase();
    h = await startPipelineHarness(url, {
      env: {
        SPEECH_PROVIDER: "elevenlabs",
        ELEVENLABS_API_KEY: "xi-test-key",
        ELEVENLABS_BASE_URL: elevenLabs.url,
        SPEECH_TIMEOUT_SECONDS: "0.5",
        TRANSCRIPTION_PROVIDER: "none",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await elevenLabs?.close();
  });

  it("fails that call within its timeout, and the step retries it and goes on", { timeout: 240_000 }, async () => {
    const episode = await newEpisode(h, "Hung speech requests");
    const gate = await waitFor(
      "the script gate",
      () => h.db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING" } }),
      60_000,
    );
    await waitFor("the engine to wait for the decision", async () => {
      const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId: episode.id } });
      return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
    });
    await decideGate(h.db, h.dispatch, episode.id, { gateId: gate.id, decision: "APPROVED" }, h.users.editor);

    const synthesis = await waitFor(
      "audio synthesis to succeed",
      () =>
        h.db.stageRun.findFirst({ where: { episodeId: episode.id, stage: "audio-synthesizer", status: "SUCCEEDED" } }),
      120_000,
    );
    const speech = elevenLabs.received.filter((r) => r.method === "POST");
    // The hung request was given up by the client (it timed out), and its line was asked for again afterwards.
    expect(speech[0]!.abandoned).toBe(true);
    const first = JSON.parse(speech[0]!.body.toString()).text;
    expect(speech.slice(1).some((r) => JSON.parse(r.body.toString()).text === first)).toBe(true);
    expect(speech.slice(1).every((r) => !r.abandoned)).toBe(true);
    // Every line that was answered was charged once, at the default ElevenLabs price; nothing at $0.
    const charges = await h.db.costEntry.findMany({ where: { stageRunId: synthesis.id } });
    expect(charges.length).toBeGreaterThan(0);
    expect(charges.every((c) => c.provider === "elevenlabs" && Number(c.amount) > 0)).toBe(true);
  });
});

describe("before a run spends", () => {
  let h: PipelineHarness;
  let openAi: Awaited<ReturnType<typeof startLocalProvider>>;

  beforeAll(async () => {
    openAi = await startLocalProvider(
      () => (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[]}'),
    );
    const { url } = await freshDatabase();
    h = await startPipelineHarness(url, {
      env: {
        LLM_PROVIDER: "openai",
        OPENAI_API_KEY: "sk-test-key",
        OPENAI_BASE_URL: `${openAi.url}/v1`,
        LLM_MODEL: "gpt-unpriced",
        TRANSCRIPTION_PROVIDER: "none",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await openAi?.close();
  });

  it("refuses a configured hosted model with no price, naming its variable: no provider request, no ledger entry", async () => {
    const episode = await newEpisode(h, "An unpriced model");
    const saved = await waitFor("needs attention", async () => {
      const e = await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
      return e.status === "NEEDS_ATTENTION" && e;
    });
    expect(saved.statusReason).toContain(
      "LLM_MODEL=gpt-unpriced has no price in the price table (openai gpt-unpriced per input_token, openai gpt-unpriced per output_token): add one in Admin → Prices or choose a priced model",
    );
    expect(openAi.received).toEqual([]);
    expect(await h.db.costEntry.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await h.db.stageRun.count({ where: { episodeId: episode.id } })).toBe(0);
  });
});

describe("the pipeline's first step", () => {
  let h: PipelineHarness;

  beforeAll(async () => {
    const { url } = await freshDatabase();
    h = await startPipelineHarness(url, {
      env: {
        SPEECH_PROVIDER: "elevenlabs",
        ELEVENLABS_API_KEY: "xi-test-key",
        ELEVENLABS_BASE_URL: `http://127.0.0.1:${await closedPort()}`,
        SHOWRUNNER_STEP_RETRIES: "1",
      },
    });
  });
  afterAll(() => h?.close());

  it("checks hosted providers' health: an unreachable speech provider stops the episode before research spends", async () => {
    const episode = await newEpisode(h, "Speech is down");
    const saved = await waitFor("needs attention", async () => {
      const e = await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
      return e.status === "NEEDS_ATTENTION" && e;
    });
    expect(saved.statusReason).toMatch(
      /Speech: ElevenLabs at http:\/\/127\.0\.0\.1:\d+ could not be reached: connection refused \(ECONNREFUSED\)/,
    );
    expect(await h.db.stageRun.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await h.db.costEntry.count({ where: { episodeId: episode.id } })).toBe(0);
  });
});
