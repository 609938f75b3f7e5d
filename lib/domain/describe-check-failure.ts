function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A check stage's output (brand, audio or quality) that did not pass, in a line: a score under its threshold, the
 * failed checks, the first violations, its detail. Null for an output that passed or is not a check's.
 */
export function describeCheckFailure(output: unknown): string | null {
  if (!isRecord(output) || output.passed !== false) return null;
  const parts: string[] = [];
  const score =
    typeof output.overall === "number" ? output.overall : typeof output.score === "number" ? output.score : null;
  if (score !== null)
    parts.push(
      `scored ${score.toFixed(1)}${typeof output.threshold === "number" ? ` (needs ${output.threshold})` : ""}`,
    );
  if (Array.isArray(output.checks)) {
    for (const c of output.checks.filter(isRecord).filter((c) => c.passed === false)) {
      const name = c.label ?? c.name ?? c.key ?? "check";
      const detail =
        c.detail ??
        [
          c.value !== undefined && `value ${String(c.value)}`,
          c.threshold !== undefined && `threshold ${String(c.threshold)}`,
        ]
          .filter(Boolean)
          .join(", ");
      parts.push(`${String(name)} failed${detail ? ` (${String(detail)})` : ""}`);
    }
  }
  if (Array.isArray(output.violations) && output.violations.length > 0) {
    const shown = output.violations
      .filter(isRecord)
      .slice(0, 5)
      .map(
        (v) =>
          `${String(v.rule ?? "rule")} "${String(v.text ?? "")}"${v.line !== undefined ? ` (line ${String(v.line)})` : ""}`,
      );
    parts.push(
      `violations: ${shown.join("; ")}${output.violations.length > 5 ? `; and ${output.violations.length - 5} more` : ""}`,
    );
  }
  if (typeof output.detail === "string" && output.detail) parts.push(output.detail);
  return parts.join("; ") || "did not pass";
}
