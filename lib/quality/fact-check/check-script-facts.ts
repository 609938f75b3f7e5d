import type { Verdict } from "@/lib/domain/research";
import type { Script } from "@/lib/domain/script";
import { scriptLines } from "@/lib/domain/script-lines";
import { isHedgeable } from "@/lib/domain/hedgeable-claims";
import { readMeasures } from "@/lib/text/read-measures";
import { splitSentences } from "@/lib/text/split-sentences";
import { labelClaim, type ClaimLabel, type SourceText } from "./label-claim";

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

/** A name said mid-sentence ("Hermann Ebbinghaus", "Eddystone"), not one of the hosts. */
function namesSomething(sentence: string, hosts: ReadonlySet<string>): boolean {
  const words = sentence.match(/[\p{L}'’-]+/gu) ?? [];
  return words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !hosts.has(w));
}

/**
 * A statement a listener would take as a fact: a finding, a number, or a named person, place or work. Questions
 * and short reactions are not statements.
 */
export function isFactual(sentence: string, hosts: ReadonlySet<string> = new Set()): boolean {
  const text = sentence.trim();
  if (text.endsWith("?") || text.split(/\s+/).length < MIN_WORDS) return false;
  return isHedgeable(text) || readMeasures(text).some((m) => m.kind !== "") || namesSomething(text, hosts);
}

/**
 * Checks every factual statement of the final script against the sources: each is SUPPORTED, UNSUPPORTED or
 * CONTRADICTED, with the source sentence it rests on (see `labelClaim`).
 */
export function checkScriptFacts(script: Script, sources: readonly SourceText[]): ScriptFactCheck {
  const hosts = new Set(
    script.segments.flatMap((s) => s.lines.flatMap((l) => l.speaker.split(/\s+/))).filter((w) => w.length > 0),
  );
  const facts: ScriptFact[] = [];
  for (const l of scriptLines(script)) {
    for (const s of splitSentences(l.text)) {
      if (!isFactual(s.text, hosts)) continue;
      facts.push({
        line: l.line,
        segment: l.segment,
        speaker: l.speaker,
        statement: s.text,
        ...labelClaim(s.text, sources),
      });
    }
  }
  const counts = { SUPPORTED: 0, UNSUPPORTED: 0, CONTRADICTED: 0 };
  for (const f of facts) counts[f.verdict]++;
  return { facts, counts };
}
