import { rewrite, type SpeechChange } from "./rewrite";

/** Acronyms said as words although the vowel pattern below would spell them out. */
const SAID_AS_WORDS = new Set(
  "NASA NATO UNESCO UNICEF AIDS COVID LASER RADAR SCUBA OPEC FIFA NIMBY IKEA GIF JPEG PIN OLED LED ASCII CAPTCHA".split(
    " ",
  ),
);

/**
 * Whether an all-capitals token is said as a word: listed, or four-plus letters alternating consonant and vowel
 * ("NASA", "FEMA") so it is pronounceable. Everything else ("CDC", "FBI", "HTML", "UCLA") is spelled out.
 */
export function saidAsWord(token: string): boolean {
  if (SAID_AS_WORDS.has(token)) return true;
  return token.length >= 4 && !/[^AEIOU]{2}|[AEIOU]{2}/.test(token);
}

/** "CDC" -> "C D C", "FAQs" -> "F A Qs"; pronounceable acronyms stay as they are. */
export function spellAcronyms(text: string, changes: SpeechChange[]): string {
  return rewrite(text, /(?<![\p{L}\p{N}])(\p{Lu}{2,6})(s?)(?![\p{L}\p{N}])/gu, "acronym", changes, (m) =>
    saidAsWord(m[1]!) ? null : `${m[1]!.split("").join(" ")}${m[2]}`,
  );
}
