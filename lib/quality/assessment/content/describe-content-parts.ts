import { CONTENT_WEIGHTS, FAULT_FLOOR } from "../content-engagement";
import type { SubstancePart } from "./substance-parts";

export interface ContentPart {
  key: SubstancePart | "conversation";
  label: string;
  /** 0 (the fault throughout) to 1 (none of it). */
  value: number;
  weight: number;
  /** Below this a part costs the dimension a penalty on top of its weight. */
  floor: number | null;
  /** What was counted, in words an editor reads ("10 of 10 key points spoken"). */
  counted: string;
  /** As stored with the assessment, so an older one shows the formula that made its value; null if not found. */
  formula: string | null;
}

type Inputs = Record<string, number | null | undefined>;

const LABELS: Record<ContentPart["key"], string> = {
  coverage: "Coverage",
  density: "Information density",
  redundancy: "Redundancy",
  filler: "Filler and meta-talk",
  copying: "Read-aloud copying",
  variety: "Variety of phrasing",
  conversation: "Conversation",
};

const FAULT_PARTS = new Set<ContentPart["key"]>(["coverage", "redundancy", "filler", "copying", "variety"]);

const of = (n: number | null | undefined, total: number | null | undefined, what: string) =>
  `${n ?? "?"} of ${total ?? "?"} ${what}`;

function counted(key: ContentPart["key"], i: Inputs): string {
  switch (key) {
    case "coverage":
      return of(i.keyPointsSpoken, i.keyPoints, "key points spoken");
    case "density":
      return i.groundedWordsPerMinute == null
        ? "no spoken length"
        : `${i.groundedWordsPerMinute} grounded words a minute`;
    case "redundancy":
      return `${i.nearDuplicates ?? "?"} near duplicates and ${i.echoTurns ?? "?"} echo turns in ${i.lines ?? "?"} lines`;
    case "filler":
      return `${of(i.fillerLines, i.lines, "lines carry nothing from the sources or the brief")}${
        i.frameFillerLines ? ` (${i.frameFillerLines} of them the opening or closing line, allowed)` : ""
      }`;
    case "copying":
      return of(
        i.copiedLines,
        i.substantiveLines,
        "lines of 8 words or more that say something are read out of a source",
      );
    case "variety":
      return of(i.templatedLines, i.lines, "lines are templated");
    case "conversation":
      return `${i.turnsPerMinute ?? "?"} turns and ${i.questionsPerMinute ?? "?"} questions a minute`;
  }
}

/** One part's formula out of the dimension's stored formula ("…, where coverage = …; density = …; …"). */
function partFormula(formula: string, key: ContentPart["key"]): string | null {
  return new RegExp(`(?:where |; )${key} = (.+?)(?=; [a-z]+ = |$)`).exec(formula)?.[1] ?? null;
}

/**
 * The content dimension part by part, from the inputs and formula stored with it: each part's value, weight, what
 * was counted and its formula. Empty for an assessment stored before content was measured by substance (no parts in
 * its inputs).
 */
export function describeContentParts(inputs: Inputs, formula: string): ContentPart[] {
  const keys = Object.keys(LABELS) as ContentPart["key"][];
  if (keys.some((k) => typeof inputs[k] !== "number")) return [];
  return keys.map((key) => ({
    key,
    label: LABELS[key],
    value: inputs[key] as number,
    weight: CONTENT_WEIGHTS[key],
    floor: FAULT_PARTS.has(key) ? FAULT_FLOOR : null,
    counted: counted(key, inputs),
    formula: partFormula(formula, key),
  }));
}
