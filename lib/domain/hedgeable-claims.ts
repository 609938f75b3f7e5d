import { FINDING_CUE } from "@/lib/text/cues";
import { containsPhrase } from "@/lib/text/phrases";
import type { ScriptLine } from "@/lib/domain/script-lines";

/** Hedgeable claims per humility marker the show owes its listeners. */
export const CLAIMS_PER_MARKER = 3;

/** A line that states a finding or a number, so a listener should hear how sure we are. */
export function isHedgeable(text: string): boolean {
  return FINDING_CUE.test(text) || /\d/.test(text);
}

/**
 * Hedgeable lines taken in groups of CLAIMS_PER_MARKER in script order; a group is covered when a humility marker
 * appears anywhere from its first hedgeable line to the line after its last.
 */
export function claimGroups(
  lines: readonly ScriptLine[],
  markers: readonly string[],
): { groups: ScriptLine[][]; uncovered: ScriptLine[][] } {
  const hedgeable = lines.filter((l) => isHedgeable(l.text));
  const groups: ScriptLine[][] = [];
  for (let i = 0; i < hedgeable.length; i += CLAIMS_PER_MARKER) groups.push(hedgeable.slice(i, i + CLAIMS_PER_MARKER));
  const uncovered = groups.filter((g) => {
    const from = g[0]!.line;
    const to = g[g.length - 1]!.line + 1;
    return !lines.some((l) => l.line >= from && l.line <= to && hasMarker(l.text, markers));
  });
  return { groups, uncovered };
}

/** Whether the line says one of the show's humility markers. */
export const hasMarker = (text: string, markers: readonly string[]) =>
  markers.some((m) => m.trim() && containsPhrase(text, m));
