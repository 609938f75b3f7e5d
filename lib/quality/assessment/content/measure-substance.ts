// What a script says, measured against its sources and brief: the inputs of the content dimension's substance parts.

import { WORDS_PER_MINUTE } from "@/lib/domain/spoken-length";
import { measureCopying } from "./copying";
import { measureCoverage } from "./coverage";
import { isFiller, type BriefText } from "./filler";
import { lineTerms, vocabularyOf } from "./line-terms";
import { measureRedundancy } from "./redundancy";
import { measureVariety } from "./variety";

export interface SubstanceInput extends BriefText {
  lines: readonly { speaker: string; text: string }[];
  /** The brief's key points, each resting on supported claims. */
  keyPoints: readonly string[];
  /** The sources' full texts. */
  sources: readonly string[];
  /** The measured spoken length; else estimated from the words. */
  spokenSeconds?: number;
}

export interface SubstanceMeasurements {
  lines: number;
  keyPoints: number;
  keyPointsSpoken: number;
  /** Distinct content words the script says that the sources or the brief also use. */
  groundedWords: number;
  spokenMinutes: number;
  nearDuplicates: number;
  echoTurns: number;
  fillerLines: number;
  /**
   * Of those, the script's first and last lines: a greeting and a sign-off every episode has however short, so the
   * filler part does not count them. Only those two places: a stock line anywhere else counts.
   */
  frameFillerLines: number;
  /** Lines of eight words or more that are not filler, and those read out of a source. */
  substantiveLines: number;
  copiedLines: number;
  templatedLines: number;
}

export function measureSubstance(input: SubstanceInput): SubstanceMeasurements {
  const vocabulary = vocabularyOf([...input.sources, ...input.keyPoints]);
  const lines = input.lines.filter((l) => l.text.trim()).map((l) => lineTerms(l, vocabulary));
  const words = lines.reduce((n, l) => n + l.text.split(/\s+/).filter(Boolean).length, 0);
  const spokenMinutes = input.spokenSeconds ? input.spokenSeconds / 60 : words / WORDS_PER_MINUTE;
  const coverage = measureCoverage(input.keyPoints, lines, input.sources);
  const redundancy = measureRedundancy(lines);
  const filler = lines.filter((l) => isFiller(l, input));
  // Copying is a share of the lines that say something: stock lines between quotes do not dilute it.
  const copying = measureCopying(
    lines.filter((l) => !filler.includes(l)),
    input.sources,
  );
  return {
    lines: lines.length,
    ...coverage,
    groundedWords: new Set(lines.flatMap((l) => [...l.grounded])).size,
    spokenMinutes: Math.round(spokenMinutes * 100) / 100,
    nearDuplicates: redundancy.nearDuplicates,
    echoTurns: redundancy.echoTurns,
    fillerLines: filler.length,
    frameFillerLines: new Set([lines[0], lines.at(-1)].filter((l) => l && filler.includes(l))).size,
    ...copying,
    templatedLines: measureVariety(lines).templatedLines,
  };
}
