import type { ScriptLine } from "@/lib/domain/script-lines";
import { atLine, locatePhrases, toScore, unplaced } from "./script-lines";
import { containsPhrase } from "@/lib/text/phrases";
import type { BrandViolation, RuleResult } from "./types";

const BANNED_COST = 2;
// One missing required phrase alone takes vocabulary below the usual 7.0 dimension threshold.
const MISSING_COST = 4;

/**
 * Where a missing required phrase belongs: the first one opens the show (first line), the last one closes it (last
 * line); any in between have no single place.
 */
function missingAt(lines: readonly ScriptLine[], index: number, count: number, phrase: string): BrandViolation {
  const text = `missing required phrase "${phrase}"`;
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (index === 0 && first) return atLine(first, "missing-required-phrase", "vocabulary", text, true);
  if (index === count - 1 && last)
    return { ...atLine(last, "missing-required-phrase", "vocabulary", text), start: last.text.length };
  return unplaced("missing-required-phrase", "vocabulary", text);
}

/** Banned phrases located wherever they occur; required phrases checked anywhere in the script. */
export function scoreVocabulary(
  lines: readonly ScriptLine[],
  required: readonly string[],
  banned: readonly string[],
): RuleResult {
  const bannedHits = locatePhrases(lines, banned, "banned-phrase", "vocabulary");
  const wanted = required.filter((p) => p.trim());
  const missing = wanted
    .map((phrase, i) => ({ phrase, i }))
    .filter(({ phrase }) => !lines.some((l) => containsPhrase(l.text, phrase)))
    .map(({ phrase, i }) => missingAt(lines, i, wanted.length, phrase));
  return {
    score: toScore(10 - BANNED_COST * bannedHits.length - MISSING_COST * missing.length),
    formula: `10 - ${BANNED_COST} × bannedHits - ${MISSING_COST} × requiredMissing`,
    inputs: { bannedHits: bannedHits.length, requiredTotal: wanted.length, requiredMissing: missing.length },
    violations: [...bannedHits, ...missing],
  };
}
