import { contentWords, sharedCount } from "@/lib/text/content-words";
import { overlaps, readMeasures, type Measure } from "@/lib/text/read-measures";

/** Two sentences restate each other when the other has this share of the claim's content words. */
export const RESTATES_SHARE = 0.6;

export interface QuantityConflict {
  mine: Measure;
  theirs: Measure[];
  why: string;
}

export interface CompareOptions {
  /** Kinds of quantity that may be compared at all (the research judge leaves out sample sizes and years). */
  comparable?: (kind: string) => boolean;
}

/** Share of the claim's content words that `other` also has. */
export function coverageOf(claim: string, other: string): number {
  const mine = contentWords(claim);
  return mine.size ? sharedCount(mine, contentWords(other)) / mine.size : 0;
}

/**
 * The same quantity: both say what is, or both what should be (a need is not an amount measured), and what they
 * measure is named alike (a word before the number in common) or the sentences restate each other.
 */
function sameQuantity(a: Measure, b: Measure, restates: boolean): boolean {
  if (a.normative !== b.normative) return false;
  return restates || sharedCount(a.context, b.context) > 0;
}

/**
 * A number of the claim that `other` states differently: the same kind of quantity (percent, duration, year…), of
 * the same thing, as intervals that do not meet. Ranges, bounds and approximate figures that overlap are
 * compatible; different measures (hours against percent) and different quantities (hours needed against hours
 * slept) are not compared.
 */
export function quantityConflict(claim: string, other: string, options: CompareOptions = {}): QuantityConflict | null {
  const comparable = options.comparable ?? ((kind: string) => kind !== "");
  const restates = coverageOf(claim, other) >= RESTATES_SHARE;
  const theirs = readMeasures(other);
  for (const mine of readMeasures(claim)) {
    if (!comparable(mine.kind)) continue;
    const sameKind = theirs.filter((t) => t.kind === mine.kind && sameQuantity(mine, t, restates));
    if (!sameKind.length || sameKind.some((t) => overlaps(mine, t))) continue;
    return {
      mine,
      theirs: sameKind,
      why: `gives ${sameKind.map((t) => t.said).join(", ")} where the claim gives ${mine.said}`,
    };
  }
  return null;
}

/**
 * Whether every number of the claim is met in `text` by an overlapping one of the same quantity (both what is, or
 * both what should be); a bare "less than six" may stand for "six hours".
 */
export function quantitiesMet(claim: string, text: string): { ok: boolean; missing: Measure[] } {
  const theirs = readMeasures(text);
  const missing = readMeasures(claim).filter(
    (mine) =>
      !theirs.some(
        (t) =>
          (t.kind === mine.kind || (t.kind === "" && mine.kind !== "year")) &&
          t.normative === mine.normative &&
          overlaps(mine, t),
      ),
  );
  return { ok: missing.length === 0, missing };
}
