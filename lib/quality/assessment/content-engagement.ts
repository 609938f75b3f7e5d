import { clamp, score1 } from "./clamp";
import type { DimensionScore } from "./dimension";
import type { ScriptMeasurements } from "./measure-script";
import type { SubstanceMeasurements } from "./content/measure-substance";
import { substanceParts, SUBSTANCE_PART_FORMULAS, type SubstancePart } from "./content/substance-parts";

export interface ContentMeasurements extends Pick<ScriptMeasurements, "turns" | "questions" | "speakerWords"> {
  plannedDurationSec: number;
  /** The script's spoken length: the measured audio in the pipeline, else estimated from its words. */
  scriptDurationSec: number;
  /** What the script says against its sources and brief (`measureSubstance`). */
  substance: SubstanceMeasurements;
  /** False when no brief was written (the producer supplied the script): coverage of its key points is not measured. */
  briefed?: boolean;
}

/** How much each part weighs in the mean; sums to 1. Substance carries 90%, the shape of the conversation 10%. */
export const CONTENT_WEIGHTS: Record<SubstancePart | "conversation", number> = {
  coverage: 0.25,
  density: 0.15,
  redundancy: 0.15,
  filler: 0.15,
  copying: 0.1,
  variety: 0.1,
  conversation: 0.1,
};
/** A part below this floor is a fault a listener hears, whatever the others score. */
export const FAULT_FLOOR = 0.7;
export const FAULT_PENALTY = 4;
const FAULT_PARTS: SubstancePart[] = ["coverage", "redundancy", "filler", "copying", "variety"];

export const CONTENT_FORMULA =
  "10 × (0.25 coverage + 0.15 density + 0.15 redundancy + 0.15 filler + 0.10 copying + 0.10 variety + 0.10 conversation) " +
  `− ${FAULT_PENALTY} × Σ max(0, ${FAULT_FLOOR} − part) over coverage, redundancy, filler, copying and variety, where ` +
  Object.entries(SUBSTANCE_PART_FORMULAS)
    .map(([k, f]) => `${k} = ${f}`)
    .join("; ") +
  "; conversation = (fit + interaction + balance) / 3, fit = max(0, 1 − |script/plan − 1| / 0.5), " +
  "interaction = ½ min(1, turns per min / 3) + ½ min(1, questions per min / 0.5), " +
  "balance = smallest speaker share × speakers";

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Substance first: a script that repeats itself, fills time, reads its sources aloud or misses the brief scores low
 * however many turns and questions it has. Each faulty part costs twice: less in the mean, and a penalty below the
 * floor, so one fault alone takes the dimension below its threshold.
 */
export function scoreContentEngagement(m: ContentMeasurements): DimensionScore {
  const ratio = m.plannedDurationSec > 0 ? m.scriptDurationSec / m.plannedDurationSec : 0;
  const fit = clamp(1 - Math.abs(ratio - 1) / 0.5, 0, 1);
  const minutes = m.scriptDurationSec / 60;
  const turnsPerMin = minutes > 0 ? m.turns / minutes : 0;
  const questionsPerMin = minutes > 0 ? m.questions / minutes : 0;
  const interaction = 0.5 * Math.min(1, turnsPerMin / 3) + 0.5 * Math.min(1, questionsPerMin / 0.5);
  const counts = Object.values(m.speakerWords);
  const totalWords = counts.reduce((a, b) => a + b, 0);
  // A solo show is balanced by definition; with hosts, the quietest one's share against an equal split.
  const balance =
    counts.length > 0 && totalWords > 0 ? clamp((Math.min(...counts) / totalWords) * counts.length, 0, 1) : 0;
  const conversation = (fit + interaction + balance) / 3;
  const parts = { ...substanceParts(m.substance), conversation };
  // Without a brief there are no key points to cover: coverage is left out, the other weights renormalised.
  const measured = (Object.keys(CONTENT_WEIGHTS) as (keyof typeof CONTENT_WEIGHTS)[]).filter(
    (k) => m.briefed !== false || k !== "coverage",
  );
  const weight = measured.reduce((sum, k) => sum + CONTENT_WEIGHTS[k], 0);
  const sum = measured.reduce((total, k) => total + CONTENT_WEIGHTS[k] * parts[k], 0);
  const mean = m.briefed === false ? sum / weight : sum;
  const shortfall = FAULT_PARTS.filter((k) => measured.includes(k)).reduce(
    (sum, k) => sum + Math.max(0, FAULT_FLOOR - parts[k]),
    0,
  );
  return {
    score: score1(10 * mean - FAULT_PENALTY * shortfall),
    formula:
      m.briefed === false
        ? `${CONTENT_FORMULA}; no brief was written (the producer supplied the script), so coverage is left out and the other weights renormalised`
        : CONTENT_FORMULA,
    inputs: {
      coverage: m.briefed === false ? null : round2(parts.coverage),
      density: round2(parts.density),
      redundancy: round2(parts.redundancy),
      filler: round2(parts.filler),
      copying: round2(parts.copying),
      variety: round2(parts.variety),
      conversation: round2(conversation),
      keyPoints: m.substance.keyPoints,
      keyPointsSpoken: m.substance.keyPointsSpoken,
      groundedWordsPerMinute:
        m.substance.spokenMinutes > 0 ? round2(m.substance.groundedWords / m.substance.spokenMinutes) : null,
      lines: m.substance.lines,
      nearDuplicates: m.substance.nearDuplicates,
      echoTurns: m.substance.echoTurns,
      fillerLines: m.substance.fillerLines,
      frameFillerLines: m.substance.frameFillerLines,
      copiedLines: m.substance.copiedLines,
      substantiveLines: m.substance.substantiveLines,
      templatedLines: m.substance.templatedLines,
      plannedDurationSec: m.plannedDurationSec,
      scriptDurationSec: m.scriptDurationSec,
      turnsPerMinute: round2(turnsPerMin),
      questionsPerMinute: round2(questionsPerMin),
      smallestSpeakerShare: totalWords > 0 && counts.length > 0 ? round2(Math.min(...counts) / totalWords) : null,
    },
  };
}
