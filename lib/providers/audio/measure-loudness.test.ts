import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePcm } from "./decode-pcm";
import { inspectAudio } from "./inspect-audio";
import { createOfflineSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { measureLoudness } from "./measure-loudness";
import { stitchSegments } from "./stitch-segments";
import { renderSignal } from "./test-signals";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "meter-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function sine(sampleRate: number, seconds: number, amplitude: number, hz = 997) {
  return Float32Array.from(
    { length: sampleRate * seconds },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate),
  );
}

describe("measureLoudness (pure)", () => {
  it("reads a 997 Hz sine at -20 dBFS as -23.0 LUFS with a -20 dBTP peak", () => {
    const m = measureLoudness([sine(48_000, 5, 0.1)], 48_000);
    expect(m.integratedLufs).toBeCloseTo(-23.01, 1);
    expect(m.truePeakDbtp).toBeCloseTo(-20, 1);
    expect(m.loudnessRangeLu).toBeCloseTo(0, 1);
  });

  it("finds the inter-sample peak of a quarter-rate sine sampled off its crests", () => {
    // fs/4 with a 45° phase: every sample sits at 0.707 of the true crest, 3 dB under it.
    const x = Float32Array.from({ length: 48_000 }, (_, i) => 0.5 * Math.sin((Math.PI / 2) * i + Math.PI / 4));
    expect(measureLoudness([x], 48_000).truePeakDbtp).toBeCloseTo(20 * Math.log10(0.5), 1);
  });

  it("gates out silence and measures a loud and a quiet part's range", () => {
    const rate = 16_000;
    const parts = [sine(rate, 10, 0.1), new Float32Array(rate * 10), sine(rate, 10, 0.01)];
    const x = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (x.set(p, at), at + p.length), 0);
    const m = measureLoudness([x], rate);
    // -20 dB tone and -40 dB tone: the quiet one is under the -10 LU relative gate, so I is the loud one's.
    expect(m.integratedLufs).toBeCloseTo(-23, 0);
    expect(m.loudnessRangeLu).toBeGreaterThan(15);
  });

  it("reports the absolute gate for digital silence", () => {
    expect(measureLoudness([new Float32Array(48_000)], 48_000).integratedLufs).toBe(-70);
  });
});

describe("measureLoudness agrees with ffmpeg ebur128", () => {
  const cases: [string, string, string[]][] = [
    ["sine -20 dBFS, 48 kHz", "aevalsrc=0.1*sin(2*PI*997*t):s=48000:d=8", []],
    ["pink noise, 44.1 kHz", "anoisesrc=color=pink:amplitude=0.3:sample_rate=44100:duration=8:seed=7", []],
    [
      "stereo tone bursts, 22.05 kHz",
      "aevalsrc=0.5*sin(2*PI*220*t)*lt(mod(t\\,2)\\,1)|0.2*sin(2*PI*3000*t):s=22050:d=12",
      [],
    ],
  ];

  async function expectAgreement(file: string) {
    const [decoded, ffmpeg] = await Promise.all([decodePcm(file), inspectAudio(file)]);
    const ours = measureLoudness(decoded.samples, decoded.sampleRate);
    // ffmpeg prints one decimal, so up to 0.05 of each tolerance is its rounding.
    expect(Math.abs(ours.integratedLufs - ffmpeg.integratedLufs)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(ours.truePeakDbtp - ffmpeg.truePeakDbtp)).toBeLessThanOrEqual(0.2);
  }

  it.each(cases)("%s", async (label, source, filters) => {
    await expectAgreement(await renderSignal(dir, `${label.replace(/\W+/g, "-")}.wav`, source, filters));
  });

  it("real synthesized speech from the offline engine", async () => {
    const speech = await createOfflineSynthesizer();
    const { audio, format } = await speech.synthesize({
      text: "Loudness meters must agree on speech, not only on test tones. This sentence gives them something to hear.",
      voice: { localVoice: "kal" },
    });
    const file = path.join(dir, `speech.${format}`);
    await writeFile(file, audio);
    // At 48 kHz both ffmpeg builds meter the very samples we do: the npm-shipped 2018 build resamples everything
    // to 48 kHz first, which trims a 16 kHz voice's top octave and reads up to 0.12 LU lower than a native meter.
    const at48k = path.join(dir, "speech-48k.wav");
    await stitchSegments([{ file }], at48k, { sampleRate: 48_000 });
    await expectAgreement(at48k);
  });
});
