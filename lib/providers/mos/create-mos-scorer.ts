import { statSync } from "node:fs";
import { createDnsmosScorer } from "./dnsmos-scorer";
import { MosUnavailableError, type MosScorer } from "./types";

type Env = Record<string, string | undefined>;

const NOT_CONFIGURED =
  "no MOS model configured (set DNSMOS_MODEL_PATH to a DNSMOS P.835 sig_bak_ovr.onnx); speech quality is reported as SQI";

/** Stands in when no MOS model is configured: no MOS is reported, never a made-up one. */
export function unavailableMosScorer(reason = NOT_CONFIGURED): MosScorer {
  return {
    id: "none",
    available: false,
    model: null,
    score: () => Promise.reject(new MosUnavailableError(reason)),
    // Optional by design, so not a fault: the admin page says it is off and why.
    health: async () => ({ ok: true, detail: `Off: ${reason}` }),
  };
}

/**
 * The MOS adapter, chosen from DNSMOS_MODEL_PATH: unset, none (unavailable); set, DNSMOS P.835 over that ONNX file,
 * which must exist (a missing file is a configuration error here; a file that is not a usable model fails the
 * health check and the first score, naming the variable).
 */
export function createMosScorer(env: Env = process.env): MosScorer {
  const modelPath = env.DNSMOS_MODEL_PATH?.trim();
  if (!modelPath) return unavailableMosScorer();
  let isFile = false;
  try {
    isFile = statSync(modelPath).isFile();
  } catch {
    throw new Error(`DNSMOS_MODEL_PATH=${modelPath}: no such file (it should be DNSMOS P.835's sig_bak_ovr.onnx)`);
  }
  if (!isFile)
    throw new Error(`DNSMOS_MODEL_PATH=${modelPath} is not a file (it should be DNSMOS P.835's sig_bak_ovr.onnx)`);
  return createDnsmosScorer({ modelPath });
}
