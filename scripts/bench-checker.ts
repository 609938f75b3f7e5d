/**
 * `npm run bench:checker`: runs the script fact checker over three hand-labelled sets and prints precision and recall
 * per label, the confusion matrix and every miss for each:
 * - claim/passage pairs (each claim against its passage alone);
 * - a script-level set: a short two-host script checked against the whole bench sources, each line labelled by hand;
 * - held-out claim/passage pairs on subjects the checker was not tuned on.
 * Figures, not pass/fail: the unit tests hold the floors (contradiction precision ≥ 0.9 on both).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Verdict } from "@/lib/domain/research";
import { labelClaim } from "@/lib/quality/fact-check/label-claim";
import { HELD_OUT_CLAIMS } from "@/lib/quality/fact-check/held-out-claims";
import { LABELLED_CLAIMS, type LabelledClaim } from "@/lib/quality/fact-check/labelled-claims";
import { LABELLED_SCRIPT_SOURCES } from "@/lib/quality/fact-check/labelled-script";
import { runLabelledScript } from "@/lib/quality/fact-check/run-labelled-script";
import { scoreLabels, VERDICTS } from "@/lib/quality/fact-check/score-labels";

const f = (n: number | null) => (n === null ? "  n/a" : n.toFixed(2).padStart(5));

function report(title: string, results: { expected: Verdict; predicted: Verdict; what: string }[]) {
  const scores = scoreLabels(results);
  console.log(`\n${title} (${results.length}; accuracy ${f(scores.accuracy)})\n`);
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
  for (const r of wrong) console.log(`- expected ${r.expected}, got ${r.predicted}: ${r.what}`);
}

const labelPairs = (pairs: readonly LabelledClaim[]) =>
  pairs.map((pair) => ({
    expected: pair.label,
    predicted: labelClaim(pair.claim, [{ sourceId: "passage", text: pair.passage }]).verdict,
    what: `[${pair.case}] "${pair.claim}" / "${pair.passage}"`,
  }));

report("Claim/passage pairs", labelPairs(LABELLED_CLAIMS));

const dir = path.resolve(LABELLED_SCRIPT_SOURCES);
const sources = readdirSync(dir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ sourceId: name, text: readFileSync(path.join(dir, name), "utf8") }));
const lines = runLabelledScript(sources);
const scored = lines.flatMap((l) =>
  l.expected && l.predicted
    ? [{ expected: l.expected, predicted: l.predicted, what: `line ${l.line} "${l.text}" (${l.fact?.reason})` }]
    : [],
);
report(`Script lines checked against the ${sources.length} bench sources`, scored);
const unchecked = lines.filter((l) => l.expected && !l.predicted);
const overChecked = lines.filter((l) => !l.expected && l.predicted);
console.log(`\nfactual lines not checked: ${unchecked.length}; non-factual lines checked: ${overChecked.length}`);
for (const l of [...unchecked, ...overChecked]) console.log(`- line ${l.line} "${l.text}"`);

report(
  "Held-out claim/passage pairs (new subjects, labelled before the checker ran on them)",
  labelPairs(HELD_OUT_CLAIMS),
);
