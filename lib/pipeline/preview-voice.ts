import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "@/lib/domain/errors";
import { hostInputSchema } from "@/lib/shows/schemas";
import type { AudioStorage } from "@/lib/providers/storage/types";
import type { SpeechSynthesizer, SynthesisRequest } from "@/lib/providers/speech/types";
import { loadTake, storeTake, takeKey, type Take } from "./speech-takes";

/** What every host says in a preview: short (cheap on a hosted engine), with a question and a number to hear. */
export const PREVIEW_SENTENCE = "Hello, and welcome to the show. Did you know that sleep helps memory by 20 percent?";

export const voicePreviewSchema = hostInputSchema.pick({ localVoice: true, hostedVoice: true });

/** Previews a person may ask for per minute: each may cost a hosted synthesis, and an offline one a core. */
const PREVIEWS_PER_MINUTE = 10;
const limiter = new RateLimiterMemory({ points: PREVIEWS_PER_MINUTE, duration: 60 });

/** Refuses (429) a person's preview past the per-minute allowance. */
export async function limitVoicePreviews(userId: string): Promise<void> {
  try {
    await limiter.consume(userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.ceil(error.msBeforeNext / 1000);
    throw new DomainError(
      `At most ${PREVIEWS_PER_MINUTE} voice previews a minute: try again in ${seconds} s.`,
      429,
      "rate_limited",
    );
  }
}

/**
 * A host's voice saying the preview sentence on the configured engine. Kept in the take store under the same key the
 * audio stage uses, so a voice heard once is served from storage (and a line the episode later says the same way
 * is reused). Not on any episode's ledger: a preview belongs to no episode.
 */
export async function previewVoice(
  providers: { speech: SpeechSynthesizer; storage: AudioStorage },
  voice: { localVoice: string; hostedVoice: string | null },
): Promise<Take & { reused: boolean }> {
  const { speech, storage } = providers;
  const request: SynthesisRequest = { text: PREVIEW_SENTENCE, voice, markup: "plain" };
  const key = takeKey(speech, request);
  const stored = await loadTake(storage, key);
  if (stored) return { ...stored, reused: true };
  const { audio, format, sampleRate, voice: spoken, characters } = await speech.synthesize(request);
  const take = { audio, format, sampleRate, voice: spoken, characters };
  await storeTake(storage, key, take);
  return { ...take, reused: false };
}
