import type { Script } from "@/lib/domain/script";
import { asSentence } from "@/lib/text/spoken-form";
import { includesPhrase } from "./scrub-phrases";

/** Greetings open the episode; every other required phrase (a sign-off, a tagline) closes it. */
export function isOpeningPhrase(phrase: string): boolean {
  return /\b(?:welcome|hello|hi|good (?:morning|afternoon|evening)|this is)\b/i.test(phrase);
}

/**
 * Adds each required phrase the script lacks: a greeting before the first line, anything else as a closing line
 * of the lead speaker. Required phrases are the show's contract with its listeners, so this runs last.
 */
export function ensureRequiredPhrases(script: Script, phrases: readonly string[], leadSpeaker: string): Script {
  const all = () => script.segments.flatMap((s) => s.lines.map((l) => l.text)).join("\n");
  const missing = phrases.filter((p) => p.trim() && !includesPhrase(all(), p));
  if (missing.length === 0) return script;
  const segments = script.segments.map((s) => ({ title: s.title, lines: [...s.lines] }));
  if (segments.length === 0) segments.push({ title: "Episode", lines: [] });
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const opening = missing.filter(isOpeningPhrase).map(asSentence).join(" ");
  const closing = missing
    .filter((p) => !isOpeningPhrase(p))
    .map(asSentence)
    .join(" ");
  if (opening) {
    const line = first.lines[0];
    if (line) first.lines[0] = { ...line, text: `${opening} ${line.text}` };
    else first.lines.push({ speaker: leadSpeaker, text: opening });
  }
  if (closing) last.lines.push({ speaker: leadSpeaker, text: closing });
  return { segments };
}
