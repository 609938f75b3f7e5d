import type { BrandScore } from "@/lib/quality/brand/types";

/** Violations quoted back to the writer: the first few, in script order, not a wall of text. */
const MAX_VIOLATIONS = 8;
const PHRASE_RULES = new Set(["banned-phrase", "missing-required-phrase"]);

/**
 * A failed brand score as guidance for the re-write, in the forms the writers act on: `Avoid "…"` for a banned
 * phrase, `Include "…"` for a missing required one, and `Brand check: …` for the rest (rules the writer must meet,
 * never words to say on air).
 */
export function brandGuidance(score: Pick<BrandScore, "overall" | "threshold" | "violations">): string {
  const lines = [`Brand check: the score ${score.overall.toFixed(1)} is below ${score.threshold.toFixed(1)}.`];
  // Words to drop or add first: the writer can act on them exactly, and a run of stock lines must not crowd them out.
  const wordsFirst = [...score.violations].sort(
    (a, b) => Number(!PHRASE_RULES.has(a.rule)) - Number(!PHRASE_RULES.has(b.rule)),
  );
  for (const v of wordsFirst.slice(0, MAX_VIOLATIONS)) {
    const quoted = /"([^"]+)"/.exec(v.text)?.[1];
    if (v.rule === "banned-phrase") lines.push(`Avoid "${v.text}".`);
    else if (v.rule === "missing-required-phrase" && quoted) lines.push(`Include "${quoted}".`);
    else lines.push(`Brand check: ${v.rule}${v.line ? ` at line ${v.line}` : ""}: ${v.text}.`);
  }
  return lines.join("\n");
}
