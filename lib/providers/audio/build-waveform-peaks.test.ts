import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPeakReducer } from "./build-waveform-peaks";
import { readWaveformPeaks } from "./read-waveform-peaks";
import { renderSignal } from "./test-signals";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "peaks-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("createPeakReducer", () => {
  it("gives min and max per bucket however the samples are chunked", () => {
    const rate = 8000;
    // 2 s ramp from -1 to 1, pushed in odd-sized chunks.
    const ramp = Float32Array.from({ length: 2 * rate }, (_, i) => -1 + (2 * i) / (2 * rate - 1));
    const reducer = createPeakReducer(rate);
    for (let at = 0; at < ramp.length; at += 777) reducer.push(ramp.subarray(at, at + 777));
    const { peaks, duration, buckets } = reducer.finish(1000);

    expect(buckets).toBe(1000);
    expect(duration).toBe(2);
    const [mono] = peaks;
    expect(mono).toHaveLength(2000);
    expect(mono![0]).toBe(-1);
    expect(mono![1999]).toBe(1);
    // Each bucket's max is just under the next bucket's min: the buckets tile the file in order.
    for (let b = 0; b < 999; b++) expect(mono![2 * b + 1]!).toBeLessThan(mono![2 * b + 2]!);
  });

  it("keeps memory bounded on long input and still returns the requested buckets", () => {
    const reducer = createPeakReducer(44_100);
    const second = Float32Array.from({ length: 44_100 }, (_, i) => Math.sin(i / 10) * 0.5);
    for (let s = 0; s < 120; s++) reducer.push(second);
    const result = reducer.finish(2000);
    expect(result).toMatchObject({ buckets: 2000, duration: 120 });
    expect(Math.max(...result.peaks[0]!)).toBeCloseTo(0.5, 3);
  });
});

describe("readWaveformPeaks", () => {
  it("reduces a real file to wavesurfer peaks with its duration", async () => {
    const file = await renderSignal(
      dir,
      "tone.mp3",
      "sine=frequency=220:sample_rate=44100:duration=6",
      ["volume=4"],
      "libmp3lame",
    );
    const result = await readWaveformPeaks(file, 1200);
    expect(result.buckets).toBe(1200);
    expect(result.peaks).toHaveLength(1);
    expect(result.peaks[0]).toHaveLength(2400);
    expect(result.duration).toBeGreaterThanOrEqual(6);
    expect(result.duration).toBeLessThan(6.1);
    // A -6 dBFS tone: every bucket swings to about +-0.5.
    expect(Math.max(...result.peaks[0]!)).toBeCloseTo(0.5, 1);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("refuses bucket counts outside 1,000-2,000", async () => {
    await expect(readWaveformPeaks("unused.wav", 100)).rejects.toThrow(/1000-2000/);
  });
});
