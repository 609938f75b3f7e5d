import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectAudio } from "./inspect-audio";
import { renderSignal } from "./test-signals";
import { stitchSegments } from "./stitch-segments";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "inspect-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("inspectAudio", () => {
  it("finds a 5 s gap of dead air between two tones, and only that", async () => {
    const tone = await renderSignal(dir, "tone.wav", "sine=frequency=440:sample_rate=16000:duration=2");
    const gappy = path.join(dir, "gappy.wav");
    await stitchSegments(
      [{ file: tone, pauseAfterSeconds: 5 }, { file: tone, pauseAfterSeconds: 0.5 }, { file: tone }],
      gappy,
    );

    const report = await inspectAudio(gappy);
    expect(report.durationSeconds).toBeCloseTo(11.5, 2);
    expect(report.silences).toHaveLength(1);
    expect(report.silences[0]!.start).toBeCloseTo(2, 1);
    expect(report.longestSilenceSeconds).toBeCloseTo(5, 1);
  });

  it("reports a silence that runs to the end of the file", async () => {
    const tone = await renderSignal(dir, "short.wav", "sine=frequency=440:sample_rate=16000:duration=1");
    const trailing = path.join(dir, "trailing.wav");
    await stitchSegments([{ file: tone, pauseAfterSeconds: 3 }], trailing);
    const report = await inspectAudio(trailing);
    expect(report.silences).toEqual([
      { start: expect.closeTo(1, 1), end: expect.closeTo(4, 2), duration: expect.closeTo(3, 1) },
    ]);
  });

  it("flags a clipped file and passes a clean one", async () => {
    const clipped = await renderSignal(
      dir,
      "clipped.wav",
      "sine=frequency=440:sample_rate=44100:duration=3",
      ["volume=20"],
      "pcm_s16le",
    );
    const clean = await renderSignal(
      dir,
      "clean.wav",
      "sine=frequency=440:sample_rate=44100:duration=3",
      ["volume=7"],
      "pcm_s16le",
    );

    const bad = await inspectAudio(clipped);
    expect(bad.clipping.clipped).toBe(true);
    expect(bad.clipping.clippedRuns).toBeGreaterThan(1000);
    expect(bad.samplePeakDbfs).toBeCloseTo(0, 1);

    const good = await inspectAudio(clean);
    expect(good.clipping).toEqual({ clippedSamples: 0, clippedRuns: 0, clipped: false });
    expect(good.samplePeakDbfs).toBeCloseTo(-1.2, 1);
  });

  it("reads the format of a stereo MP3", async () => {
    const mp3 = await renderSignal(
      dir,
      "stereo.mp3",
      "sine=frequency=1000:sample_rate=44100:duration=4",
      ["pan=stereo|c0=c0|c1=c0"],
      "libmp3lame",
    );
    const report = await inspectAudio(mp3);
    expect(report).toMatchObject({ codec: "mp3", sampleRate: 44_100, channels: 2 });
    // The encoder's padding makes an MP3 slightly longer than its source.
    expect(report.durationSeconds).toBeGreaterThanOrEqual(4);
    expect(report.durationSeconds).toBeLessThan(4.1);
  });
});
