import type { Certification, CertificationItem } from "./certify";

const status = (p: CertificationItem["passed"]) => (p === true ? "✅ pass" : p === false ? "❌ fail" : "⚪ not run");
// Table cells cannot contain a raw pipe or newline.
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A readable Markdown page of a certification, for export and the episode's certificate view. */
export function formatCertificationMarkdown(c: Certification): string {
  const lines = [`# Production readiness: ${c.certified ? "CERTIFIED" : "NOT CERTIFIED"}`, "", c.verdict, ""];
  if (c.blockers.length) lines.push("## Blockers", "", ...c.blockers.map((b) => `- ${b}`), "");
  if (c.warnings.length) lines.push("## Warnings", "", ...c.warnings.map((w) => `- ${w}`), "");
  for (const section of c.sections) {
    lines.push(`## ${section.title}`, "");
    if (section.items.length === 0) {
      lines.push("_None recorded._", "");
      continue;
    }
    lines.push("| Item | Value | Threshold | Status |", "| --- | --- | --- | --- |");
    for (const i of section.items)
      lines.push(`| ${cell(i.label)} | ${cell(i.value)} | ${cell(i.threshold)} | ${status(i.passed)} |`);
    lines.push("");
  }
  return lines.join("\n");
}
