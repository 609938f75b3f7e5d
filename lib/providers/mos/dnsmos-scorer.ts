import path from "node:path";
import type { InferenceSession } from "onnxruntime-node";
import { decodePcm } from "../audio/decode-pcm";
import type { MosScorer } from "./types";
import {
  aggregateDnsmos,
  DNSMOS_SAMPLE_RATE,
  DNSMOS_WINDOW_SAMPLES,
  tileToWindow,
  windowStarts,
  type DnsmosRaw,
} from "./dnsmos-windows";

type Ort = typeof import("onnxruntime-node");

/** The native binding is loaded on first use only, so machines without a MOS model never load it. */
let ort: Promise<Ort> | undefined;
const loadOrt = () => (ort ??= import("onnxruntime-node"));

export interface DnsmosOptions {
  /** Path to the DNSMOS P.835 model (DNS-Challenge's DNSMOS/sig_bak_ovr.onnx). */
  modelPath: string;
  /** Threads per inference; the validator also transcribes at the same time, so one by default. */
  threads?: number;
}

/**
 * DNSMOS P.835 on onnxruntime-node over a user-supplied model file: the master decoded to 16 kHz mono, scored in
 * 9.01 s windows hopped by 1 s, each window's SIG/BAK/OVRL mapped by the reference's polynomials and averaged.
 */
export function createDnsmosScorer({ modelPath, threads = 1 }: DnsmosOptions): MosScorer {
  const name = path.basename(modelPath);
  let session: Promise<InferenceSession> | undefined;
  const load = () =>
    (session ??= loadOrt()
      .then(({ InferenceSession }) =>
        InferenceSession.create(modelPath, { intraOpNumThreads: threads, interOpNumThreads: 1 }),
      )
      .catch((error: unknown) => {
        session = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`DNSMOS_MODEL_PATH=${modelPath} could not be loaded as an ONNX model: ${reason}`);
      }));

  async function scoreWindow(s: InferenceSession, Tensor: Ort["Tensor"], window: Float32Array): Promise<DnsmosRaw> {
    const input = s.inputNames[0];
    if (!input) throw new Error(`DNSMOS_MODEL_PATH=${modelPath}: the model declares no input.`);
    const outputs = await s.run({ [input]: new Tensor("float32", window, [1, DNSMOS_WINDOW_SAMPLES]) });
    const first = outputs[s.outputNames[0]!];
    const values = first?.data;
    if (!values || values.length < 3 || !(values instanceof Float32Array || values instanceof Float64Array)) {
      throw new Error(
        `DNSMOS_MODEL_PATH=${modelPath}: the model's first output is not [SIG, BAK, OVRL] (got ${first ? `${first.type} ${JSON.stringify(first.dims)}` : "nothing"}).`,
      );
    }
    return { sig: Number(values[0]), bak: Number(values[1]), ovrl: Number(values[2]) };
  }

  return {
    id: "dnsmos",
    available: true,
    model: `DNSMOS P.835 (${name})`,
    async score(audioFile) {
      const [s, { Tensor }, decoded] = await Promise.all([
        load(),
        loadOrt(),
        decodePcm(audioFile, { sampleRate: DNSMOS_SAMPLE_RATE, channels: 1 }),
      ]);
      const audio = tileToWindow(decoded.samples[0] ?? new Float32Array(0));
      const windows: DnsmosRaw[] = [];
      // One window at a time: each run already uses the session's threads, and memory stays flat.
      for (const start of windowStarts(audio.length)) {
        windows.push(await scoreWindow(s, Tensor, audio.slice(start, start + DNSMOS_WINDOW_SAMPLES)));
      }
      const scores = aggregateDnsmos(windows);
      return {
        mos: scores.ovrl,
        sig: scores.sig,
        bak: scores.bak,
        ovrl: scores.ovrl,
        windows: scores.windows,
        raw: scores.raw,
      };
    },
    async health() {
      const s = await load();
      return { ok: true, detail: `${name} loaded (input ${s.inputNames[0]}), scoring on CPU` };
    },
  };
}
