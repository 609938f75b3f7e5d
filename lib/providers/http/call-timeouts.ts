import { z } from "zod";
import { parseEnv } from "@/lib/parse-env";

// An empty variable (`LLM_TIMEOUT_SECONDS=` in a .env file) counts as unset.
const seconds = (fallback: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v : undefined),
    z.coerce
      .number({ error: "use a number of seconds" })
      .positive("use a number of seconds above 0")
      .max(3600, "use at most 3600 seconds")
      .default(fallback),
  );

// A language model writes a whole script in one answer; speech is asked for per chunk of at most 3,000 characters
// (ElevenLabs) or 4,000 (OpenAI).
const schema = z.object({
  LLM_TIMEOUT_SECONDS: seconds(300),
  SPEECH_TIMEOUT_SECONDS: seconds(60),
  TRANSCRIPTION_TIMEOUT_SECONDS: seconds(300),
  SEARCH_TIMEOUT_SECONDS: seconds(15),
  S3_TIMEOUT_SECONDS: seconds(120),
});

export interface CallTimeouts {
  llmMs: number;
  speechMs: number;
  transcriptionMs: number;
  searchMs: number;
  storageMs: number;
}

/** The timeouts with no variable set: what an adapter built directly (tests, tools) uses. */
export const DEFAULT_CALL_TIMEOUTS: CallTimeouts = readCallTimeouts({});

/** How long each hosted capability's request may take before it counts as no answer, from the environment. */
export function readCallTimeouts(env: Record<string, string | undefined>): CallTimeouts {
  const e = parseEnv(schema, env);
  return {
    llmMs: e.LLM_TIMEOUT_SECONDS * 1000,
    speechMs: e.SPEECH_TIMEOUT_SECONDS * 1000,
    transcriptionMs: e.TRANSCRIPTION_TIMEOUT_SECONDS * 1000,
    searchMs: e.SEARCH_TIMEOUT_SECONDS * 1000,
    storageMs: e.S3_TIMEOUT_SECONDS * 1000,
  };
}
