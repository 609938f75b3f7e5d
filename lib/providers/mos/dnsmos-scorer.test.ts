import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePcm } from "../audio/decode-pcm";
import { renderSignal } from "../audio/test-signals";
import { toyModelRaw, writeToyDnsmosModel } from "./build-test-onnx-model";
import { createMosScorer } from "./create-mos-scorer";
import { aggregateDnsmos, mapDnsmos, tileToWindow, windowStarts, DNSMOS_WINDOW_SAMPLES } from "./dnsmos-windows";
import { MosUnavailableError } from "./types";

// The real adapter on onnxruntime-node over a toy model with the DNSMOS interface (written by the test, nothing is
// downloaded): [SIG, BAK, OVRL] raw = [1 + 4·mean|x|, 2 + max|x|, 3 + 2·mean|x|] per window.

let dir: string;
let model: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mos-"));
  model = await writeToyDnsmosModel(path.join(dir, "sig_bak_ovr.onnx"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("createMosScorer", () => {
  it("is unavailable without DNSMOS_MODEL_PATH, and never makes a score up", async () => {
    const scorer = createMosScorer({});
    expect(scorer).toMatchObject({ id: "none", available: false, model: null });
    await expect(scorer.score(path.join(dir, "any.wav"))).rejects.toBeInstanceOf(MosUnavailableError);
    expect((await scorer.health()).detail).toMatch(/DNSMOS_MODEL_PATH/);
  });

  it("names the variable when the file is missing, a folder, or not an ONNX model", async () => {
    expect(() => createMosScorer({ DNSMOS_MODEL_PATH: path.join(dir, "missing.onnx") })).toThrow(
      /DNSMOS_MODEL_PATH=.*missing\.onnx: no such file/,
    );
    await mkdir(path.join(dir, "folder"));
    expect(() => createMosScorer({ DNSMOS_MODEL_PATH: path.join(dir, "folder") })).toThrow(/is not a file/);
    const garbage = path.join(dir, "garbage.onnx");
    await writeFile(garbage, "this is not a protobuf model");
    const scorer = createMosScorer({ DNSMOS_MODEL_PATH: garbage });
    await expect(scorer.health()).rejects.toThrow(
      /DNSMOS_MODEL_PATH=.*garbage\.onnx could not be loaded as an ONNX model/,
    );
    const tone = await renderSignal(dir, "garbage-tone.wav", "aevalsrc=0.5*sin(2*PI*440*t):s=16000:d=10");
    await expect(scorer.score(tone)).rejects.toThrow(/could not be loaded as an ONNX model/);
  });
});

describe("the DNSMOS adapter on onnxruntime-node", () => {
  it("loads the model and reads its declared input name", async () => {
    const scorer = createMosScorer({ DNSMOS_MODEL_PATH: model });
    expect(scorer).toMatchObject({ id: "dnsmos", available: true, model: "DNSMOS P.835 (sig_bak_ovr.onnx)" });
    expect(await scorer.health()).toEqual({
      ok: true,
      detail: "sig_bak_ovr.onnx loaded (input audio_in), scoring on CPU",
    });
  });

  it("scores 16 kHz mono windows hopped by 1 s, mapping each window's raw scores", async () => {
    const scorer = createMosScorer({ DNSMOS_MODEL_PATH: model });
    // 44.1 kHz, to be resampled to 16 kHz.
    const file = await renderSignal(dir, "tone-12s.wav", "aevalsrc=0.5*sin(2*PI*440*t):s=44100:d=12.5");
    const result = await scorer.score(file);
    expect(result.windows).toBe(3); // int(floor(12.5) − 9.01) + 1

    // The toy model's outputs on the same windows, mapped and averaged, computed here without onnxruntime.
    const audio = (await decodePcm(file, { sampleRate: 16_000, channels: 1 })).samples[0]!;
    const expected = aggregateDnsmos(
      windowStarts(audio.length).map((s) => toyModelRaw(audio.subarray(s, s + DNSMOS_WINDOW_SAMPLES))),
    );
    expect(result.raw.sig).toBeCloseTo(expected.raw.sig, 4);
    expect(result.raw.bak).toBeCloseTo(expected.raw.bak, 4);
    expect(result.raw.ovrl).toBeCloseTo(expected.raw.ovrl, 4);
    // A 0.5 amplitude sine: mean |x| = 1/π, max |x| ≈ 0.5.
    expect(result.raw.sig).toBeCloseTo(1 + 4 / Math.PI, 2);
    expect(result.raw.bak).toBeCloseTo(2.5, 2);
    expect(result.raw.ovrl).toBeCloseTo(3 + 2 / Math.PI, 2);
    // The polynomial mapping is applied, and MOS is the mapped OVRL.
    expect(result.sig).toBeCloseTo(mapDnsmos(result.raw).sig, 3);
    expect(result.bak).toBeCloseTo(mapDnsmos(result.raw).bak, 3);
    expect(result.ovrl).toBeCloseTo(mapDnsmos(result.raw).ovrl, 3);
    expect(result.ovrl).not.toBeCloseTo(result.raw.ovrl, 1);
    expect(result.mos).toBe(result.ovrl);
  });

  it("follows the audio: louder raises the toy scores, silence gives the constants", async () => {
    const scorer = createMosScorer({ DNSMOS_MODEL_PATH: model });
    const [loud, quiet, silence] = await Promise.all([
      renderSignal(dir, "loud.wav", "aevalsrc=0.8*sin(2*PI*300*t):s=16000:d=10"),
      renderSignal(dir, "quiet.wav", "aevalsrc=0.1*sin(2*PI*300*t):s=16000:d=10"),
      renderSignal(dir, "silence.wav", "anullsrc=r=16000:cl=mono:d=10"),
    ]);
    const [l, q, s] = await Promise.all([scorer.score(loud), scorer.score(quiet), scorer.score(silence)]);
    expect(l.raw.sig).toBeGreaterThan(q.raw.sig);
    expect(l.raw.bak - 2).toBeCloseTo(0.8, 2);
    expect(q.raw.bak - 2).toBeCloseTo(0.1, 2);
    expect(s.raw).toEqual({ sig: 1, bak: 2, ovrl: 3 });
    expect(s.sig).toBeCloseTo(mapDnsmos({ sig: 1, bak: 2, ovrl: 3 }).sig, 6);
    expect(s.bak).toBeCloseTo(mapDnsmos({ sig: 1, bak: 2, ovrl: 3 }).bak, 6);
    expect(s.mos).toBeCloseTo(mapDnsmos({ sig: 1, bak: 2, ovrl: 3 }).ovrl, 6);
    expect(l.mos).toBeGreaterThan(q.mos);
  });

  it("tiles audio shorter than a window as the reference does", async () => {
    const scorer = createMosScorer({ DNSMOS_MODEL_PATH: model });
    // 3 s of tone then 1 s of silence: tiled to 16 s (4 → 8 → 16), so 7 windows of mixed content.
    const file = await renderSignal(dir, "short.wav", "aevalsrc=0.5*sin(2*PI*500*t):s=16000:d=3", ["apad=pad_dur=1"]);
    const result = await scorer.score(file);
    expect(result.windows).toBe(7);
    const audio = tileToWindow((await decodePcm(file, { sampleRate: 16_000, channels: 1 })).samples[0]!);
    const perWindow = windowStarts(audio.length).map(
      (s) => toyModelRaw(audio.subarray(s, s + DNSMOS_WINDOW_SAMPLES)).ovrl,
    );
    expect(result.raw.ovrl).toBeCloseTo(mean(perWindow), 4);
    // Three quarters tone: mean |x| ≈ 0.75 × 1/π.
    expect(result.raw.ovrl).toBeCloseTo(3 + 2 * (0.75 / Math.PI), 1);
  });
});
