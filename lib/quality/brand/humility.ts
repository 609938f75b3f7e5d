import type { ScriptLine } from "@/lib/domain/script-lines";
import { CLAIMS_PER_MARKER, claimGroups, hasMarker } from "@/lib/domain/hedgeable-claims";
import { atLine, locatePhrases, toScore } from "./script-lines";
import type { RuleResult } from "./types";

/** Words that claim more certainty than research gives. */
const OVERCLAIMS = [
  "proves",
  "proved",
  "proven",
  "always",
  "never",
  "guaranteed",
  "guarantees",
  "everyone knows",
  "definitely",
];
const OVERCLAIM_COST = 2;

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
      ...uncovered.map((g) =>
        atLine(g[0]!, "unhedged-claims", "humility", `no humility marker near ${g.length} claim line(s)`),
      ),
      ...overclaims,
    ],
  };
}
