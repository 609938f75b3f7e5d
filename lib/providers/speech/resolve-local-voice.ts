import { unescapeXml } from "@/lib/speech-text/markup";

export class UnknownVoiceError extends Error {
  constructor(engine: string, voice: string, known: string[]) {
    super(`${engine} has no voice "${voice}"; use one of ${known.join(", ")} or "${engine}:<its own voice name>"`);
    this.name = "UnknownVoiceError";
  }
}

/**
 * Maps a host's local voice to an engine's voice. "<engine>:<name>" picks that engine's voice directly; otherwise
 * the neutral name is looked up, also when embedded in another engine's name ("festival:cmu_us_slt_arctic_hts" is
 * slt), so a show set up on one machine still speaks, with matching voices, on another.
 */
export function resolveLocalVoice<V>(
  engine: string,
  localVoice: string,
  table: Record<string, V>,
  direct: (name: string) => V,
): V {
  const [prefix, name] = localVoice.includes(":") ? localVoice.split(/:(.*)/s) : [null, localVoice];
  if (prefix === engine && name) return direct(name);
  const wanted = (name ?? "").toLowerCase();
  const key = wanted in table ? wanted : Object.keys(table).find((k) => wanted.includes(k));
  if (key === undefined) throw new UnknownVoiceError(engine, localVoice, Object.keys(table));
  return table[key]!;
}

/** The words of marked-up text (no tags, entities as the characters they stand for), for counting billed characters. */
export const spokenText = (text: string) =>
  unescapeXml(text.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
