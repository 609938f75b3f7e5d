import { splitSentences } from "@/lib/text/split-sentences";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { atLine, locatePhrases, toScore } from "./script-lines";
import { stockTalk } from "./stock-lines";
import type { BrandViolation, RuleResult } from "./types";

const SARCASM = ["yeah right", "oh great", "as if", "sure, because", "obviously", "duh", "whatever", "/s"];
/** Five or more capitals in a row reads as shouting; shorter runs are acronyms ("NASA", "REM"). */
const SHOUTING = /(?<![\p{L}])\p{Lu}{5,}(?![\p{L}])/gu;
const WARMTH = /\b(?:you|your|you're|we|we're|us|let's|our)\b/i;
const LIVELY_TONE = /\b(?:playful|energetic|excit\w*|fun|lively|upbeat|enthusiastic)\b/i;
const WARM_TONE = /\b(?:warm|friendly|conversational|inviting|kind|approachable)\b/i;
const SHOUT_COST = 1;
const SARCASM_COST = 1.5;
/** A script all template talk has none of the show's voice left: the share of stock sentences costs the scale. */
const STOCK_COST = 10;

/**
 * The show's tone words set two allowances: a lively tone allows exclamations in 20% of sentences (else 10%), and
 * a warm tone expects 25% of lines to address the listener or the co-host ("you", "we", "let's"; else 10%).
 * Stock sentences (meta-talk, repeats, bare prompts and agreements) are not the show's voice, curious and never
 * glib: they cost their share of the sentences, and a line made only of them is not warm however many "let's" it holds.
 */
export function scoreTone(lines: readonly ScriptLine[], tone: string): RuleResult {
  const exclamationAllowance = LIVELY_TONE.test(tone) ? 0.2 : 0.1;
  const warmthTarget = WARM_TONE.test(tone) ? 0.25 : 0.1;
  const sentences = lines.flatMap((l) => splitSentences(l.text));
  const exclaimed = sentences.filter((s) => s.text.includes("!")).length;
  const exclamationShare = sentences.length ? exclaimed / sentences.length : 0;
  const shouting: BrandViolation[] = lines.flatMap((l) =>
    [...l.text.matchAll(SHOUTING)].map((m) => ({
      line: l.line,
      segment: l.segment,
      start: m.index,
      end: m.index + m[0].length,
      rule: "all-caps",
      text: m[0],
      dimension: "tone" as const,
    })),
  );
  const sarcasm = locatePhrases(lines, SARCASM, "sarcasm", "tone");
  const stock = stockTalk(lines);
  const stockShare = stock.sentences ? stock.stockSentences / stock.sentences : 0;
  const warmShare = lines.length
    ? lines.filter((l) => !stock.stockLines.has(l.line) && WARMTH.test(l.text)).length / lines.length
    : 1;
  const exclamationPenalty = 20 * Math.max(0, exclamationShare - exclamationAllowance);
  const warmthPenalty = 2 * (1 - Math.min(1, warmShare / warmthTarget));
  return {
    score: toScore(
      10 -
        exclamationPenalty -
        SHOUT_COST * shouting.length -
        SARCASM_COST * sarcasm.length -
        warmthPenalty -
        STOCK_COST * stockShare,
    ),
    formula:
      `10 - 20 × max(0, exclaimedSentences/sentences - allowance) - ${SHOUT_COST} × allCapsWords - ${SARCASM_COST} × sarcasm ` +
      `- 2 × (1 - min(1, warmLines/lines ÷ warmthTarget)) - ${STOCK_COST} × stockSentences/sentences ` +
      "(stock = ordinal meta-talk, a sentence said before word for word, or a stock prompt or agreement; warm lines exclude lines made only of them; allowance 0.2 for a playful/energetic tone else 0.1; warmthTarget 0.25 for a warm/friendly tone else 0.1)",
    inputs: {
      sentences: sentences.length,
      exclaimedSentences: exclaimed,
      exclamationAllowance,
      allCapsWords: shouting.length,
      sarcasm: sarcasm.length,
      warmLines: Math.round(warmShare * lines.length),
      lines: lines.length,
      warmthTarget,
      stockSentences: stock.stockSentences,
      stockLines: stock.stockLines.size,
    },
    violations: [
      ...shouting,
      ...sarcasm,
      ...lines
        .filter((l) => stock.stockLines.has(l.line))
        .map((l) => atLine(l, "stock-line", "tone", "a template line, not the hosts' own voice")),
    ],
  };
}
