import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodePcm } from "@/lib/providers/audio/decode-pcm";
import { estimateMedianPitch } from "@/lib/providers/audio/estimate-pitch";
import { findExecutable } from "@/lib/providers/process/find-executable";
import { inspectAudio } from "@/lib/providers/audio/inspect-audio";
import { createEspeakWasmSynthesizer } from "./espeak-wasm-synthesizer";
import { createFestivalSynthesizer } from "./festival-synthesizer";
import { createFliteSynthesizer } from "./flite-synthesizer";
import type { SpeechSynthesizer } from "./types";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";

const TEXT = "Welcome back to the show. Today we look at how radio became the podcast.";

const festival = await createFestivalSynthesizer().health();
const flite = await findExecutable("flite");

/** Synthesizes TEXT with a host voice and measures it: duration, loudness, median pitch, real-time factor. */
async function speak(engine: SpeechSynthesizer, localVoice: string) {
  const started = performance.now();
  const result = await engine.synthesize({ text: TEXT, voice: { localVoice } });
  const seconds = (performance.now() - started) / 1000;
  return withTempDir("speech-test", async (dir) => {
    const file = path.join(dir, "speech.wav");
    await writeFile(file, result.audio);
    const [report, pcm] = await Promise.all([inspectAudio(file), decodePcm(file, { channels: 1, sampleRate: 16_000 })]);
    return {
      result,
      report,
      pitch: estimateMedianPitch(pcm.samples[0]!, 16_000),
      rtf: seconds / report.durationSeconds,
    };
  });
}

function expectDistinctHosts(a: Awaited<ReturnType<typeof speak>>, b: Awaited<ReturnType<typeof speak>>) {
  for (const host of [a, b]) {
    expect(host.result.format).toBe("wav");
    expect(host.report.durationSeconds).toBeGreaterThan(3);
    expect(host.report.durationSeconds).toBeLessThan(12);
    expect(host.report.integratedLufs).toBeGreaterThan(-40);
    expect(host.result.characters).toBe(TEXT.length);
  }
  // Female slt against male kal: clearly apart in pitch (measured ~170-190 Hz against ~100-120 Hz).
  expect(a.pitch! / b.pitch!).toBeGreaterThan(1.3);
}

describe("offline speech engines", () => {
  it("espeak-ng (WASM, always available) speaks two distinct hosts", async () => {
    const engine = createEspeakWasmSynthesizer();
    expect((await engine.health()).ok).toBe(true);
    const [slt, kal] = [await speak(engine, "slt"), await speak(engine, "kal")];
    expectDistinctHosts(slt, kal);
    expect(slt.result.usage).toEqual([
      { provider: "espeak-ng", model: "en-us+f3", unit: "character", quantity: TEXT.length },
    ]);
  });

  it("espeak-ng takes SSML breaks, which lengthen the audio", async () => {
    const engine = createEspeakWasmSynthesizer();
    const plain = await engine.synthesize({ text: "One. Two.", voice: { localVoice: "kal" } });
    const ssml = await engine.synthesize({
      text: 'One. <break time="1500ms"/> Two.',
      voice: { localVoice: "kal" },
      markup: "ssml",
    });
    expect(ssml.characters).toBe("One. Two.".length);
    // The break replaces the sentence-end pause: about a second more of 16-bit mono samples at the engine's rate.
    expect(ssml.audio.length - plain.audio.length).toBeGreaterThan(ssml.sampleRate * 2 * 0.8);
  });

  it.runIf(festival.ok)("festival speaks two distinct hosts, and a third derived one", async () => {
    const engine = createFestivalSynthesizer();
    const [slt, kal, rms] = [await speak(engine, "slt"), await speak(engine, "kal"), await speak(engine, "rms")];
    expectDistinctHosts(slt, kal);
    expect(kal.pitch! / rms.pitch!).toBeGreaterThan(1.1);
    expect(slt.rtf).toBeLessThan(0.5);
  });

  it.runIf(flite)("flite speaks two distinct hosts", async () => {
    const engine = createFliteSynthesizer();
    const [slt, kal] = [await speak(engine, "slt"), await speak(engine, "kal")];
    expectDistinctHosts(slt, kal);
  });
});
