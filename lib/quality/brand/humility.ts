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

/**
 * A claim said with its uncertainty in the host's own words is hedged as much as one with the show's marker: the
 * show asks to be honest about what we do not know, not for one wording. Epistemic verbs and adverbs, and the
 * limits of the evidence named.
 */
export const PLAIN_HEDGES = [
  "seem",
  "seems",
  "seemed",
  "appear",
  "appears",
  "appeared",
  "may",
  "might",
  "could",
  "suggest",
  "suggests",
  "suggested",
  "likely",
  "probably",
  "possibly",
  "perhaps",
  "not sure",
  "not clear",
  "unclear",
  "not yet",
  "don't know",
  "caveat",
  "oversell",
  "modest",
  "preliminary",
  "small study",
  "small studies",
  "some studies",
];

export function scoreHumility(lines: readonly ScriptLine[], markers: readonly string[]): RuleResult {
  const { groups, uncovered } = claimGroups(lines, [...markers, ...PLAIN_HEDGES]);
  const overclaims = locatePhrases(lines, OVERCLAIMS, "overclaim", "humility");
  const coverage = groups.length === 0 ? 1 : (groups.length - uncovered.length) / groups.length;
  return {
    score: toScore(10 * coverage - OVERCLAIM_COST * overclaims.length),
    formula:
      `10 × coveredGroups / claimGroups - ${OVERCLAIM_COST} × overclaims ` +
      `(claimGroups = ceil(hedgeableLines / ${CLAIMS_PER_MARKER}); a group is covered by a show marker or a plain ` +
      "hedge (seems, may, suggests, small studies…) from its first line to the line after its last; 10 × 1 when there are none)",
    inputs: {
      hedgeableLines: groups.reduce((n, g) => n + g.length, 0),
      claimGroups: groups.length,
      coveredGroups: groups.length - uncovered.length,
      markerLines: lines.filter((l) => hasMarker(l.text, markers)).length,
      hedgeLines: lines.filter((l) => hasMarker(l.text, PLAIN_HEDGES)).length,
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
