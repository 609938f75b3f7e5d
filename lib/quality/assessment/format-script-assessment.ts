import type { ScriptAssessment } from "./assess-script";

const pass = (passed: boolean) => (passed ? "pass" : "FAIL");
const score = (n: number) => n.toFixed(1).padStart(4);
const inputsOf = (inputs: Record<string, number | null>) =>
  Object.entries(inputs)
    .map(([k, v]) => `${k} ${v ?? "n/a"}`)
    .join(", ");

/** The assessment as the terminal shows it: dimensions with their working, brand with violations, facts with evidence. */
export function formatScriptAssessment(a: ScriptAssessment): string {
  const out: string[] = [];
  out.push(
    `Quality (script only): overall ${a.overall.toFixed(1)}`,
    `  overall = ${a.overallFormula}`,
    ...a.dimensions.map(
      (d) => `  ${d.label.padEnd(22)} ${score(d.score)}  threshold ${d.threshold.toFixed(1)}  ${pass(d.passed)}`,
    ),
    ...a.leftOut.map((d) => `  ${d.label.padEnd(22)}    -  left out (weight ${d.weight}): ${d.why}`),
    "",
  );
  for (const d of a.dimensions) out.push(`  ${d.label}: ${d.formula}`, `    ${inputsOf(d.inputs)}`);
  out.push(
    "",
    `Brand: overall ${a.brand.overall.toFixed(1)}  threshold ${a.brand.threshold.toFixed(1)}  ${pass(a.brand.passed)}`,
  );
  for (const d of a.brand.dimensions)
    out.push(`  ${d.key.padEnd(22)} ${score(d.score)}  ${pass(d.passed)}  ${d.formula}`);
  out.push(a.brand.violations.length ? "  Violations:" : "  No violations.");
  for (const v of a.brand.violations)
    out.push(`    ${v.line > 0 ? `line ${v.line}` : "script"} [${v.dimension}/${v.rule}] ${v.text}`);
  const c = a.facts.counts;
  out.push(
    "",
    `Fact check: ${a.facts.facts.length} factual statements: ${c.SUPPORTED} supported, ${c.UNSUPPORTED} unsupported, ` +
      `${c.CONTRADICTED} contradicted`,
  );
  for (const f of a.facts.facts) {
    out.push(`  line ${f.line} ${f.verdict.padEnd(12)} ${f.statement}`, `    ${f.reason}`);
    if (f.evidence) out.push(`    source ${f.evidence.sourceId}: "${f.evidence.quote.replace(/\s+/g, " ")}"`);
  }
  return out.join("\n");
}
