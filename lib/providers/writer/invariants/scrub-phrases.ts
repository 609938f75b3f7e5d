import type { Script } from "@/lib/domain/script";

/** A case-insensitive substring test (the brand score's containsPhrase, lib/text/phrases.ts, matches whole words). */
export function includesPhrase(text: string, phrase: string): boolean {
  return phrase.trim() !== "" && text.toLowerCase().includes(phrase.trim().toLowerCase());
}

/**
 * Drops every sentence of the text that contains one of the phrases (case-insensitive). Whole sentences go,
 * not words: cutting "game-changer" out of a sentence leaves a broken one for the host to read.
 */
export function removePhrases(text: string, phrases: readonly string[]): string {
  if (!phrases.some((p) => includesPhrase(text, p))) return text;
  return text
    .split(/(?<=[.!?]["'”’)]?)\s+/)
    .filter((sentence) => !phrases.some((p) => includesPhrase(sentence, p)))
    .join(" ");
}

/** The script without the phrases; lines left empty are dropped. */
export function scrubScript(script: Script, phrases: readonly string[]): Script {
  return {
    segments: script.segments.map((segment) => ({
      title: segment.title,
      lines: segment.lines
        .map((line) => ({ ...line, text: removePhrases(line.text, phrases) }))
        .filter((line) => line.text.trim() !== ""),
    })),
  };
}
