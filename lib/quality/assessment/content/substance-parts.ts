import { clamp } from "../clamp";
import type { SubstanceMeasurements } from "./measure-substance";

export type SubstancePart = "coverage" | "density" | "redundancy" | "filler" | "copying" | "variety";

/** Distinct grounded content words per spoken minute at which density is full. */
export const DENSITY_TARGET = 20;
/** Shares a natural conversation has anyway (a greeting, a reaction, a quoted phrase) before they cost anything; every repeat costs. */
export const ALLOWANCE = { redundancy: 0, filler: 0.2, copying: 0.1, variety: 0.05 } as const;
/** How far past its allowance a share must go for its part to reach 0. */
export const SPAN = { redundancy: 0.3, filler: 0.35, copying: 0.4, variety: 0.3 } as const;

export const SUBSTANCE_PART_FORMULAS: Record<SubstancePart, string> = {
  coverage:
    "key points spoken (35% of their terms, weighted by specificity to the sources, within two lines, and no number of theirs said wrong) / key points",
  density: `min(1, grounded content words per spoken minute / ${DENSITY_TARGET})`,
  redundancy: `1 − max(0, (near duplicates + echo turns) / lines − ${ALLOWANCE.redundancy}) / ${SPAN.redundancy}`,
  filler: `1 − max(0, (filler lines − opening and closing lines that are filler) / lines − ${ALLOWANCE.filler}) / ${SPAN.filler}`,
  copying: `1 − max(0, copied lines / lines of 8+ words that are not filler − ${ALLOWANCE.copying}) / ${SPAN.copying}`,
  variety: `1 − max(0, templated lines / lines − ${ALLOWANCE.variety}) / ${SPAN.variety}`,
};

const share = (n: number, of: number) => (of > 0 ? n / of : 0);
const beyond = (value: number, part: keyof typeof ALLOWANCE) =>
  clamp(1 - Math.max(0, value - ALLOWANCE[part]) / SPAN[part], 0, 1);

/** Each substance part from 0 (the fault throughout) to 1 (none of it). An empty script has no substance. */
export function substanceParts(m: SubstanceMeasurements): Record<SubstancePart, number> {
  if (m.lines === 0) return { coverage: 0, density: 0, redundancy: 0, filler: 0, copying: 0, variety: 0 };
  return {
    coverage: m.keyPoints > 0 ? m.keyPointsSpoken / m.keyPoints : 0,
    density: clamp(share(m.groundedWords, m.spokenMinutes) / DENSITY_TARGET, 0, 1),
    redundancy: beyond(share(m.nearDuplicates + m.echoTurns, m.lines), "redundancy"),
    filler: beyond(share(m.fillerLines - m.frameFillerLines, m.lines), "filler"),
    copying: beyond(share(m.copiedLines, m.substantiveLines), "copying"),
    variety: beyond(share(m.templatedLines, m.lines), "variety"),
  };
}
