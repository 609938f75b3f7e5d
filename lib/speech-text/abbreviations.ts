import { rewrite, type SpeechChange } from "./rewrite";

/** Abbreviations a speech engine would spell or mispronounce; matched case-sensitively except where noted. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bDr\.(?=\s+\p{Lu})/gu, "Doctor"],
  [/\bProf\.(?=\s+\p{Lu})/gu, "Professor"],
  [/\bMr\./g, "Mister"],
  [/\bMrs\./g, "Missus"],
  [/\bvs\.?(?=\s)/gi, "versus"],
  [/\be\.g\.,?/gi, "for example,"],
  [/\bi\.e\.,?/gi, "that is,"],
  [/\bapprox\.(?=\s)/gi, "approximately"],
  [/\bNo\.(?=\s*\d)/g, "number"],
  [/\bet al\./g, "and colleagues."],
  [/\betc\./gi, "et cetera."],
];

/**
 * Expanded abbreviations. "etc." and "et al." often end a sentence, so their expansion keeps the full stop only
 * where a sentence ends (end of text or a capital follows); elsewhere it is dropped.
 */
export function expandAbbreviations(text: string, changes: SpeechChange[]): string {
  let t = text;
  for (const [pattern, spoken] of ABBREVIATIONS) {
    t = rewrite(t, pattern, "abbreviation", changes, (m) => {
      if (!spoken.endsWith(".")) return spoken;
      const after = t.slice(m.index + m[0].length);
      return /^\s*(?:$|\p{Lu})/u.test(after) ? spoken : spoken.slice(0, -1);
    });
  }
  return t;
}
