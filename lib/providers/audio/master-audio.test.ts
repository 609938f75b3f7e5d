import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOfflineSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { decodePcm } from "./decode-pcm";
import { inspectAudio } from "./inspect-audio";
import { levelSegments } from "./level-segments";
import { masterAudio } from "./master-audio";
import { measureLoudness } from "./measure-loudness";
import { stitchSegments } from "./stitch-segments";
import { renderSignal } from "./test-signals";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "master-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("stitch and master", () => {
  it("stitches two hosts with a pause, then masters to -16 LUFS / <= -1 dBTP measured on the MP3", async () => {
    const speech = await createOfflineSynthesizer();
    const lines = [
      { localVoice: "slt", text: "Welcome to the show. Today we talk about sound." },
      { localVoice: "kal", text: "Thanks for having me. Let us get started." },
    ];
    const files = await Promise.all(
      lines.map(async (line, i) => {
        const { audio, format } = await speech.synthesize({ text: line.text, voice: { localVoice: line.localVoice } });
        const file = path.join(dir, `line-${i}.${format}`);
        await writeFile(file, audio);
        return file;
      }),
    );
    const parts = await Promise.all(files.map((f) => inspectAudio(f)));
    const stitched = path.join(dir, "stitched.wav");
    await stitchSegments(
      await levelSegments([{ file: files[0]!, pauseAfterSeconds: 0.75 }, { file: files[1]! }]),
      stitched,
    );

    const raw = await inspectAudio(stitched);
    expect(raw).toMatchObject({ sampleRate: 44_100, channels: 1 });
    expect(raw.durationSeconds).toBeCloseTo(parts[0]!.durationSeconds + 0.75 + parts[1]!.durationSeconds, 1);

    const { report, normalization } = await masterAudio(stitched, path.join(dir, "episode.mp3"));
    expect(report).toMatchObject({ codec: "mp3", sampleRate: 44_100, channels: 1 });
    expect(Math.abs(report.integratedLufs - -16)).toBeLessThanOrEqual(1);
    expect(report.truePeakDbtp).toBeLessThanOrEqual(-1);
    expect(report.clipping.clipped).toBe(false);
    expect(normalization).toBe("linear");
  });

  it("levels segments of different loudness to one level before stitching", async () => {
    const quiet = await renderSignal(dir, "quiet.wav", "sine=frequency=500:sample_rate=16000:duration=3", [
      "volume=-14dB",
    ]);
    const loud = await renderSignal(dir, "loud.wav", "sine=frequency=500:sample_rate=22050:duration=3", [
      "volume=+8dB",
    ]);
    const stitched = path.join(dir, "leveled.wav");
    await stitchSegments(await levelSegments([{ file: quiet }, { file: loud }]), stitched);

    const { samples, sampleRate } = await decodePcm(stitched);
    const halves = [samples[0]!.subarray(0, 3 * sampleRate), samples[0]!.subarray(3 * sampleRate)];
    for (const half of halves) expect(measureLoudness([half], sampleRate).integratedLufs).toBeCloseTo(-20, 0);
  });

  it("pre-limits a quiet input with hot clicks so one linear gain reaches the target", async () => {
    // About -30 LUFS of tone with 0.3 ms clicks at -3 dBFS: +14 dB of gain would put the clicks far over 0 dBTP.
    const input = await renderSignal(
      dir,
      "clicks.wav",
      "aevalsrc=0.05*sin(2*PI*300*t)*(0.6+0.4*sin(2*PI*0.5*t))+0.7*lt(mod(t\\,1)\\,0.0003)*sin(2*PI*2000*t):s=44100:d=10",
    );
    const result = await masterAudio(input, path.join(dir, "clicks.mp3"));
    expect(result.limiterCeilingDb).not.toBeNull();
    expect(result.normalization).toBe("linear");
    expect(Math.abs(result.report.integratedLufs - -16)).toBeLessThanOrEqual(1);
    expect(result.report.truePeakDbtp).toBeLessThanOrEqual(-1);
  });

  it("refuses to master silence", async () => {
    const silence = await renderSignal(dir, "silence.wav", "aevalsrc=0:s=44100:d=3");
    await expect(masterAudio(silence, path.join(dir, "silence.mp3"))).rejects.toThrow(/silent/);
  });
});
