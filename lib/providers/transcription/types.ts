import type { Usage } from "@/lib/domain/usage";
import type { CallOptions } from "@/lib/providers/call-options";

export interface TranscriptionRequest {
  /** A file path, or the bytes of any format ffmpeg reads. */
  audio: string | Buffer;
  /** The script the audio should say; the offline recogniser biases its language model to it. */
  expectedText?: string;
}

export interface TranscribedWord {
  word: string;
  start: number;
  end: number;
}

export interface Transcription {
  text: string;
  words?: TranscribedWord[];
  durationSeconds: number;
  /** Billed per minute of audio. */
  usage: Usage[];
}

/** The transcription port, used to check that the audio says the script. */
export interface Transcriber {
  readonly id: "pocketsphinx" | "openai" | "none";
  /** False when no recogniser is configured or installed: the check is then reported "not run", never "passed". */
  readonly available: boolean;
  /** Usage of transcribing that much audio, for the budget check made before the call. */
  estimate(durationSeconds: number): Usage[];
  transcribe(request: TranscriptionRequest, options?: CallOptions): Promise<Transcription>;
  health(): Promise<{ ok: boolean; detail: string }>;
}

export class TranscriptionUnavailableError extends Error {
  constructor(reason: string) {
    super(`No transcriber available: ${reason}`);
    this.name = "TranscriptionUnavailableError";
  }
}
