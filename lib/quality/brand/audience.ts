import { splitSentences } from "@/lib/text/split-sentences";
import { countWords } from "@/lib/text/spoken-form";
import { fleschKincaidGrade } from "./readability";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { toScore } from "./script-lines";
import type { BrandViolation, RuleResult } from "./types";

/** More words than this in one sentence is hard to follow by ear. */
const LONG_SENTENCE_WORDS = 25;
const LONG_SHARE_COST = 20;

/** Reading level of the spoken text against the show's target grade, and long sentences located. */
export function scoreAudience(lines: readonly ScriptLine[], targetGrade: number): RuleResult {
  const sentences = lines.flatMap((l) => splitSentences(l.text).map((s) => ({ ...s, l })));
  const long: BrandViolation[] = sentences
    .filter((s) => countWords(s.text) > LONG_SENTENCE_WORDS)
    .map((s) => ({
      line: s.l.line,
      segment: s.l.segment,
      start: s.start,
      end: s.end,
      rule: "long-sentence",
      text: s.text,
      dimension: "audience",
    }));
  const grade = fleschKincaidGrade(sentences.map((s) => s.text));
  const excess = Math.max(0, grade - targetGrade);
  const longShare = sentences.length ? long.length / sentences.length : 0;
  return {
    score: toScore(10 - excess - LONG_SHARE_COST * longShare),
    formula:
      `10 - max(0, fkGrade - targetGrade) - ${LONG_SHARE_COST} × longSentences / sentences ` +
      `(fkGrade = 0.39 × words/sentences + 11.8 × syllables/words - 15.59; long = over ${LONG_SENTENCE_WORDS} words)`,
    inputs: {
      fkGrade: Math.round(grade * 10) / 10,
      targetGrade,
      sentences: sentences.length,
      longSentences: long.length,
    },
    violations: long,
  };
}
