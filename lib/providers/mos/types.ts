import type { ProviderHealth } from "../errors";

/** DNSMOS P.835 scores of one file: each the mean over its 9.01 s windows of the mapped model output (1-5). */
export interface MosScore {
  /** The overall score reported as MOS (the mapped OVRL). */
  mos: number;
  /** Speech signal quality. */
  sig: number;
  /** Background noise quality. */
  bak: number;
  /** Overall quality (equal to `mos`). */
  ovrl: number;
  /** Windows scored. */
  windows: number;
  /** The model's raw outputs, averaged over the windows, before the polynomial mapping. */
  raw: { sig: number; bak: number; ovrl: number };
}

/**
 * The MOS port: a model that predicts listeners' mean opinion score from audio. Optional: without a configured
 * model the scorer is unavailable and no MOS is reported (the Speech Quality Index still is); it never guesses one.
 */
export interface MosScorer {
  readonly id: "dnsmos" | "none";
  readonly available: boolean;
  /** What the score is named after in reports, e.g. "DNSMOS P.835 (sig_bak_ovr.onnx)"; null when unavailable. */
  readonly model: string | null;
  /** Scores a file of any format ffmpeg reads. */
  score(audioFile: string): Promise<MosScore>;
  health(): Promise<ProviderHealth>;
}

export class MosUnavailableError extends Error {
  constructor(reason: string) {
    super(`No MOS model available: ${reason}`);
    this.name = "MosUnavailableError";
  }
}
