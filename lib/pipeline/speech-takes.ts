import { createHash } from "node:crypto";
import { buffer } from "node:stream/consumers";
import type { AudioStorage } from "@/lib/providers/storage/types";
import type { SpeechSynthesizer, SynthesisRequest, SynthesisResult } from "@/lib/providers/speech/types";
import { meteredCall } from "./metered-call";
import type { StageContext } from "./types";

/** A line as an engine spoke it. */
export type Take = Pick<SynthesisResult, "audio" | "format" | "sampleRate" | "voice" | "characters">;

type TakeMeta = Omit<Take, "audio">;

const CONTENT_TYPES = { wav: "audio/wav", mp3: "audio/mpeg" } as const;

/**
 * Where a take is stored: keyed by what was asked of which engine (its id and settings, the voice, the markup kind and
 * text), never by episode or attempt, so any attempt, episode or later re-voicing that asks for the same speech finds it.
 */
export function takeKey(engine: Pick<SpeechSynthesizer, "id" | "settings">, request: SynthesisRequest): string {
  const settings = Object.entries(engine.settings ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const content = JSON.stringify([
    engine.id,
    settings,
    request.voice.localVoice,
    request.voice.hostedVoice ?? null,
    request.markup ?? "plain",
    request.text,
  ]);
  return `speech-takes/${engine.id}/${createHash("sha256").update(content).digest("hex")}`;
}

/** The stored take, or null. The take cache only saves work: a failed read costs a synthesis, never the stage. */
export async function loadTake(storage: AudioStorage, key: string): Promise<Take | null> {
  try {
    if (!(await storage.stat(`${key}.json`))) return null;
    const meta = JSON.parse((await buffer((await storage.get(`${key}.json`)).body)).toString("utf8")) as TakeMeta;
    const audio = await buffer((await storage.get(`${key}.${meta.format}`)).body);
    return { ...meta, audio };
  } catch {
    return null;
  }
}

/** Stores a take: the audio, then its description, which is what marks it complete. A failed write is not an error. */
export async function storeTake(storage: AudioStorage, key: string, take: Take): Promise<void> {
  const { audio, ...meta } = take;
  try {
    await storage.put(`${key}.${meta.format}`, audio, CONTENT_TYPES[meta.format]);
    await storage.put(`${key}.json`, Buffer.from(JSON.stringify(meta)), "application/json");
  } catch {
    // Only the saving is lost: a later attempt synthesises the line again.
  }
}

/**
 * One line's take. Stored speech is reused and not charged again (so a retried attempt redoes only the lines that
 * failed, and a re-voiced episode only its changed lines); otherwise, or when `fresh` (an editor regenerating the
 * line), it is synthesised as a metered call (retried in place, charged once) and stored, replacing the old take.
 */
export async function synthesizeTake(
  ctx: StageContext,
  request: SynthesisRequest,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<Take & { reused: boolean; key: string }> {
  const { speech, storage } = ctx.providers;
  const key = takeKey(speech, request);
  const stored = fresh ? null : await loadTake(storage, key);
  if (stored) return { ...stored, reused: true, key };
  const result = await meteredCall(
    ctx,
    speech.estimate(request),
    (signal) => speech.synthesize(request, { signal }),
    (r) => r.usage,
    key,
  );
  const take = {
    audio: result.audio,
    format: result.format,
    sampleRate: result.sampleRate,
    voice: result.voice,
    characters: result.characters,
  };
  // After its attempt has ended, a call writes nothing.
  if (!ctx.signal.aborted) await storeTake(storage, key, take);
  return { ...take, reused: false, key };
}
