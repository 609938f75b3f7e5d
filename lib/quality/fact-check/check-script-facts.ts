import type { Verdict } from "@/lib/domain/research";
import type { Script } from "@/lib/domain/script";
import { scriptLines } from "@/lib/domain/script-lines";
import { isHedgeable } from "@/lib/domain/hedgeable-claims";
import { readMeasures } from "@/lib/text/read-measures";
import { splitSentences } from "@/lib/text/split-sentences";
import { indexSources, labelClaim, type ClaimLabel, type SourceText } from "./label-claim";

export interface ScriptFact extends ClaimLabel {
  /** 1-based line of the script, 0-based segment. */
  line: number;
  segment: number;
  speaker: string;
  /** The factual sentence of the line that was checked. */
  statement: string;
}

export interface ScriptFactCheck {
  facts: ScriptFact[];
  counts: Record<Verdict, number>;
}

/** A sentence shorter than this is a reaction ("Twelve percent!"), not a statement to check. */
const MIN_WORDS = 4;

/**
 * A verb that states an effect ("lowers the risk", "doubles the time", "shift later") or a restrictive "only": a
 * claim about the world even without a number or a name.
 */
const EFFECT_CUE =
  /\b(?:raises?|lowers?|improves?|reduces?|increases?|decreases?|impairs?|boosts?|harms?|doubles?|triples?|halves|causes?|prevents?|protects?|restores?|consolidated?|shifts?|only (?:during|in|at|after|before|when|if))\b/i;

/** A name said mid-clause ("Hermann Ebbinghaus", "Eddystone"), not a host's or the show's own. */
function namesSomething(sentence: string, own: ReadonlySet<string>): boolean {
  return sentence
    .split(/[:;—–]/)
    .some((clause) =>
      (clause.match(/[\p{L}'’-]+/gu) ?? []).slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !own.has(w)),
    );
}

/**
 * A statement a listener would take as a fact: a finding, an effect, a number, or a named person, place or work.
 * Questions and short reactions are not statements.
 */
export function isFactual(sentence: string, own: ReadonlySet<string> = new Set()): boolean {
  const text = sentence.trim();
  if (text.endsWith("?") || text.split(/\s+/).length < MIN_WORDS) return false;
  return (
    isHedgeable(text) ||
    EFFECT_CUE.test(text) ||
    readMeasures(text).some((m) => m.kind !== "") ||
    namesSomething(text, own)
  );
}

/**
 * Checks every factual statement of the final script against the sources: each is SUPPORTED, UNSUPPORTED or
 * CONTRADICTED, with the source sentence it rests on (see `labelClaim`).
 */
export function checkScriptFacts(
  script: Script,
  sources: readonly SourceText[],
  options: { showName?: string } = {},
): ScriptFactCheck {
  // The hosts' and the show's own names are not claims ("Welcome to Signal and Noise").
  const own = new Set(
    [...script.segments.flatMap((s) => s.lines.map((l) => l.speaker)), options.showName ?? ""]
      .flatMap((name) => name.split(/\s+/))
      .filter((w) => w.length > 0),
  );
  const index = indexSources(sources);
  const facts: ScriptFact[] = [];
  for (const l of scriptLines(script)) {
    for (const s of splitSentences(l.text)) {
      if (!isFactual(s.text, own)) continue;
      facts.push({
        line: l.line,
        segment: l.segment,
        speaker: l.speaker,
        statement: s.text,
        ...labelClaim(s.text, index),
      });
    }
  }
  const counts = { SUPPORTED: 0, UNSUPPORTED: 0, CONTRADICTED: 0 };
  for (const f of facts) counts[f.verdict]++;
  return { facts, counts };
}
