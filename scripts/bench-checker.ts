/**
 * `npm run bench:checker`: runs the script fact checker's claim labeller over the hand-labelled claim/passage pairs
 * and prints precision and recall per label, the confusion matrix, and every pair it gets wrong. Figures, not
 * pass/fail: the unit test holds the floor (contradiction precision ≥ 0.9).
 */
import { labelClaim } from "@/lib/quality/fact-check/label-claim";
import { LABELLED_CLAIMS } from "@/lib/quality/fact-check/labelled-claims";
import { scoreLabels, VERDICTS } from "@/lib/quality/fact-check/score-labels";

const results = LABELLED_CLAIMS.map((pair) => ({
  pair,
  expected: pair.label,
  predicted: labelClaim(pair.claim, [{ sourceId: "passage", text: pair.passage }]).verdict,
}));
const scores = scoreLabels(results);
const f = (n: number | null) => (n === null ? "  n/a" : n.toFixed(2).padStart(5));

console.log(`Fact checker on ${results.length} labelled claim/passage pairs (accuracy ${f(scores.accuracy)})\n`);
console.log("label         precision  recall  expected  predicted");
for (const v of VERDICTS) {
  const s = scores.perLabel[v];
  console.log(
    `${v.padEnd(13)} ${f(s.precision)}      ${f(s.recall)}   ${String(s.expected).padStart(6)}  ${String(s.predicted).padStart(9)}`,
  );
}
console.log("\nconfusion (rows: expected, columns: predicted)");
console.log(`${"".padEnd(13)} ${VERDICTS.map((v) => v.padStart(12)).join("")}`);
for (const e of VERDICTS)
  console.log(`${e.padEnd(13)} ${VERDICTS.map((p) => String(scores.confusion[e][p]).padStart(12)).join("")}`);
const wrong = results.filter((r) => r.expected !== r.predicted);
if (wrong.length) console.log(`\nmisses (${wrong.length}):`);
for (const r of wrong)
  console.log(`- [${r.pair.case}] expected ${r.expected}, got ${r.predicted}: "${r.pair.claim}" / "${r.pair.passage}"`);
