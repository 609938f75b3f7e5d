import { contentWords } from "@/lib/text/content-words";
import { NUMBER_WORDS } from "@/lib/text/find-numbers";
import { lemma, wordsOf } from "@/lib/text/lemma";

/**
 * What a statement is about beyond its content words: who (names, "the second trial", "most adults", "adults who
 * nap"), what outcome, and whether it restricts ("only during REM sleep"). Two sentences with many words in common
 * can still be about different studies, groups or outcomes, and then their numbers are not the same quantity.
 */
export interface ClaimScope {
  /** Names said after the first word, lower case, without a possessive ("Smeaton's" → "smeaton"). */
  names: Set<string>;
  /** Ordinals that pick one of several ("the second trial"). */
  ordinals: Set<string>;
  /**
   * Which part of a population: "most", "share" (a third, half, 15 percent of…), "who:nap"… Empty when the
   * statement is about everyone it names. Shares are one kind: their size is a number compared as such.
   */
  group: Set<string>;
  /** The last two content words outside its numbers: the object or outcome ("heart disease", "recall"). */
  outcome: string[];
  /** The words a restrictive "only" limits the statement to ("only during REM sleep"), [] when it trails, or null. */
  only: string[] | null;
}

const QUANTIFIERS = new Set("most many some few all every plenty majority minority".split(" "));
const SHARES = new Set(["half", "third", "quarter", "percent"]);
const ORDINALS = new Set("first second third fourth fifth sixth last".split(" "));
const ONLY = new Set(["only", "solely", "exclusively"]);
const UNITS = new Set(
  "second minute hour day night week month year decade percent cent time hertz mile".split(" ").map(lemma),
);
/** Words that qualify a number ("at least", "roughly"): not what the statement is about. */
const QUALIFIERS = new Set("least roughly approximately nearly almost around close upwards exceeding".split(" "));
const CLAUSE_WORD = /^(?:and|but|so|because|while|though|although|yet)$/;

/** Tokens with their clause breaks, so a restriction stops at the end of its clause. */
const tokensOf = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:.!?—–()]/gu) ?? [];

const isNumber = (w: string) => /^\d/.test(w) || w.toLowerCase() in NUMBER_WORDS;

export function scopeOf(text: string): ClaimScope {
  const tokens = tokensOf(text);
  const lower = tokens.map((t) => t.toLowerCase().replace(/['’]s$/, ""));
  const names = new Set<string>();
  const ordinals = new Set<string>();
  const group = new Set<string>();
  let only: string[] | null = null;
  lower.forEach((w, i) => {
    const next = lower[i + 1] ?? "";
    // A capital after a colon or a full stop starts a sentence; "In", "The" are never names
    if (i > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[i]!) && !/^[.!?:]$/.test(lower[i - 1]!) && contentWords(w).size)
      names.add(w);
    if (SHARES.has(w) && next === "of") group.add("share");
    // "cut by a third." is a fraction: an ordinal picks a noun ("the third trial")
    else if (ORDINALS.has(w) && /\p{L}/u.test(next)) ordinals.add(w);
    if (QUANTIFIERS.has(w) && !/^(?:than|likely|more|less)$/.test(next) && lower[i - 1] !== "the") group.add(w);
    // "adults who nap" picks a group; "students, who napped" and "those who stayed awake" do not
    if (w === "who" && next && /\p{L}/u.test(lower[i - 1] ?? "") && lower[i - 1] !== "those")
      group.add(`who:${lemma(next)}`);
    if (ONLY.has(w) && !only) {
      // "only two participants", "only a few": a small number stressed, not a restriction
      if (isNumber(next) || next === "a") return;
      const after: string[] = [];
      for (const t of lower.slice(i + 1)) {
        if (/^[,;:.!?—–()]$/.test(t) || CLAUSE_WORD.test(t)) break;
        after.push(t);
      }
      only = after;
    }
  });
  // Names are kept as said and outcomes as lemmas: a name is left out of the outcome by its lemma ("Rocks", "rock").
  const nameLemmas = new Set([...names].map(lemma));
  const outcome = wordsOf(text)
    .filter((w) => !isNumber(w) && !UNITS.has(lemma(w)) && !QUALIFIERS.has(w.toLowerCase()))
    .flatMap((w) => [...contentWords(w)])
    .filter((w) => !nameLemmas.has(w))
    .slice(-2);
  return { names, ordinals, group, outcome, only };
}

/** `a` says who or what and `b` says it otherwise: "most" against "share" or "who:nap" ("a third of", "adults who nap"). */
export const narrower = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size > 0 && b.size > 0 && [...a].some((x) => !b.has(x));

/**
 * Whether the other statement is about the claim's study or group, so its numbers may contradict the claim's: every
 * name of the claim in it (a named study is the same study whatever group it describes), the same ordinal ("the
 * second trial" is not "the trial"), and no other part of the population ("most adults" against "a third of adults").
 */
export function sameScope(claim: ClaimScope, other: ClaimScope, otherWords: ReadonlySet<string>): boolean {
  for (const n of claim.names) if (!otherWords.has(lemma(n))) return false;
  if (!sameSet(claim.ordinals, other.ordinals)) return false;
  if (claim.names.size) return true;
  return claim.group.size ? !narrower(claim.group, other.group) : ![...other.group].some((g) => g.startsWith("who:"));
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * A sentence's clauses, where one sentence joins two statements ("most adults need seven to nine hours, yet a third
 * of adults get less than six"): split at semicolons, colons, dashes, and at a comma before a conjunction.
 */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(/\s*[;:—–]\s*|,\s+(?=(?:and|but|yet|so|while|whereas|though|although)\b)/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}
