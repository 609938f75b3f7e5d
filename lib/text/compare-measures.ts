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
 * Of the other sentence's candidate numbers, those measuring what `mine` measures: when some are named alike ("the
 * risk of heart disease by 20 percent" beside "the risk of diabetes by 40 percent"), only those.
 */
function namedAlike(mine: Measure, theirs: Measure[]): Measure[] {
  // A year is said anywhere in its sentence ("swept away by the great storm of 1703"): the words before it say little.
  if (mine.kind === "year") return theirs;
  const best = Math.max(0, ...theirs.map((t) => sharedCount(mine.context, t.context)));
  return best > 0 ? theirs.filter((t) => sharedCount(mine.context, t.context) === best) : theirs;
}

/** `theirs` states the quantity `mine` measures, and none of its figures for it meets `mine`. */
function statedOtherwise(mine: Measure, theirs: Measure[]): boolean {
  const same = namedAlike(
    mine,
    theirs.filter((t) => t.kind === mine.kind && t.normative === mine.normative),
  );
  return same.length > 0 && !same.some((t) => overlaps(mine, t));
}

const sameStudy = (mine: Measure[], theirs: Measure[]) =>
  mine.some((m) => m.study && theirs.some((t) => t.study && overlaps(m, t)));

/**
 * A number of the claim that `other` states differently: the same kind of quantity (percent, duration, year…), of
 * the same thing, as intervals that do not meet. Ranges, bounds and approximate figures that overlap are
 * compatible; different measures (hours against percent) and different quantities (hours needed against hours
 * slept) are not compared.
 */
export function quantityConflict(claim: string, other: string, options: CompareOptions = {}): QuantityConflict | null {
  const comparable = options.comparable ?? ((kind: string) => kind !== "");
  const theirs = readMeasures(other);
  const mineAll = readMeasures(claim);
  // Sentences naming the same study by its year ("a 2007 imaging study") state its figures, in whatever words
  const restates = coverageOf(claim, other) >= RESTATES_SHARE || sameStudy(mineAll, theirs);
  for (const mine of mineAll) {
    if (!comparable(mine.kind) || mine.defines) continue;
    const sameKind = namedAlike(
      mine,
      theirs.filter((t) => t.kind === mine.kind && sameQuantity(mine, t, restates)),
    );
    if (!sameKind.length || sameKind.some((t) => overlaps(mine, t))) continue;
    // Where the other sentence states the claim's other quantities differently, its figure is of another case: "half
    // of adults get seven to nine hours" is not about "a third of adults get less than six".
    // A study's year is not such a case: "a 1997 imaging study" against "a 2007 imaging study" is a wrong year.
    if (!mine.study && mineAll.some((m) => m.kind !== mine.kind && comparable(m.kind) && statedOtherwise(m, theirs)))
      continue;
    return {
      mine,
      theirs: sameKind,
      why: `gives ${sameKind.map((t) => t.said).join(", ")} where the claim gives ${mine.said}`,
    };
  }
  return null;
}

/** A bare number of the claim said as it is inside a figure with a unit: "a night or two" / "one or two full nights". */
const saidWithin = (mine: Measure, theirs: Measure[]) =>
  mine.kind === "" &&
  theirs.some((t) => t.kind !== "year" && t.said.toLowerCase().split(/\s+/).includes(mine.said.toLowerCase()));

/** Past this share apart, two figures are not the same bound. */
const BOUND_SHARE = 0.1;

/**
 * `theirs` states `mine`: they overlap, and a claim's maximum ("up to 90 minutes") is the other's top too. An
 * overlap is enough not to contradict a maximum, but "about 20 minutes" does not state "up to 90".
 */
const states = (mine: Measure, theirs: Measure) =>
  overlaps(mine, theirs) &&
  (!mine.maximum ||
    Math.abs(mine.high - theirs.high) <= BOUND_SHARE * Math.max(Math.abs(mine.high), Math.abs(theirs.high)));

/**
 * Whether every number of the claim is met in `text` by an overlapping one of the same quantity (both what is, or
 * both what should be); a bare "less than six" may stand for "six hours", and a claim's bare "a night or two" for
 * "one or two full nights".
 */
export function quantitiesMet(claim: string, text: string): { ok: boolean; missing: Measure[] } {
  const theirs = readMeasures(text);
  const missing = readMeasures(claim).filter(
    (mine) =>
      !saidWithin(mine, theirs) &&
      !namedAlike(
        mine,
        theirs.filter(
          (t) => (t.kind === mine.kind || (t.kind === "" && mine.kind !== "year")) && t.normative === mine.normative,
        ),
      ).some((t) => states(mine, t)),
  );
  return { ok: missing.length === 0, missing };
}
