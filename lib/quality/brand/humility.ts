import { FINDING_CUE } from "@/lib/providers/writer/text/cues";
import type { ScriptLine } from "./script-lines";
import { atLine, containsPhrase, locatePhrases, toScore } from "./script-lines";
import type { RuleResult } from "./types";

/** Words that claim more certainty than research gives. */
const OVERCLAIMS = ["proves", "proved", "proven", "always", "never", "guaranteed", "guarantees", "everyone knows", "definitely"];
/** Hedgeable claims per humility marker the show owes its listeners. */
const CLAIMS_PER_MARKER = 3;
const OVERCLAIM_COST = 2;

/** A line that states a finding or a number, so a listener should hear how sure we are. */
export function isHedgeable(text: string): boolean {
  return FINDING_CUE.test(text) || /\d/.test(text);
}

/**
 * Hedgeable lines taken in groups of CLAIMS_PER_MARKER in script order; a group is covered when a humility marker
 * appears anywhere from its first hedgeable line to the line after its last.
 */
export function claimGroups(lines: readonly ScriptLine[], markers: readonly string[]): { groups: ScriptLine[][]; uncovered: ScriptLine[][] } {
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

const hasMarker = (text: string, markers: readonly string[]) => markers.some((m) => m.trim() && containsPhrase(text, m));

export function scoreHumility(lines: readonly ScriptLine[], markers: readonly string[]): RuleResult {
  const { groups, uncovered } = claimGroups(lines, markers);
  const overclaims = locatePhrases(lines, OVERCLAIMS, "overclaim", "humility");
  const coverage = groups.length === 0 ? 1 : (groups.length - uncovered.length) / groups.length;
  return {
    score: toScore(10 * coverage - OVERCLAIM_COST * overclaims.length),
    formula:
      `10 × coveredGroups / claimGroups - ${OVERCLAIM_COST} × overclaims ` +
      `(claimGroups = ceil(hedgeableLines / ${CLAIMS_PER_MARKER}); 10 × 1 when there are none)`,
    inputs: {
      hedgeableLines: groups.reduce((n, g) => n + g.length, 0),
      claimGroups: groups.length,
      coveredGroups: groups.length - uncovered.length,
      markerLines: lines.filter((l) => hasMarker(l.text, markers)).length,
      overclaims: overclaims.length,
    },
    violations: [
      ...uncovered.map((g) => atLine(g[0]!, "unhedged-claims", "humility", `no humility marker near ${g.length} claim line(s)`)),
      ...overclaims,
    ],
  };
}
