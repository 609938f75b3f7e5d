import type { Verdict } from "@/lib/domain/research";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { quantitiesMet, quantityConflict, RESTATES_SHARE } from "@/lib/text/compare-measures";
import { isDenial, netDirection, polarityOf, startsQuantity } from "@/lib/text/polarity";
import { splitSentences } from "@/lib/text/split-sentences";
import { clausesOf, narrower, sameScope, scopeOf, type ClaimScope } from "@/lib/text/claim-scope";
import { lemma, wordsOf } from "@/lib/text/lemma";
import { familyOf, populationsOf, termsOf } from "@/lib/text/paraphrase-terms";
import { readMeasures } from "@/lib/text/read-measures";

/** A source's text (a whole source or a passage of it). */
export interface SourceText {
  sourceId: string;
  text: string;
}

export interface ClaimLabel {
  verdict: Verdict;
  /** The source sentence the verdict rests on (the closest one when nothing states the claim), or null. */
  evidence: { sourceId: string; quote: string } | null;
  reason: string;
}

/** A sentence is about the claim's subject when it has at least 2 of its content words and half of them. */
const SUBJECT_WORDS = 2;
const SUBJECT_SHARE = 0.5;
/** A sentence restates a claim of more terms than this with at least this many of them, a shorter claim with all. */
const RESTATED_WORDS = 3;

/**
 * The sentence says what the claim says: most of its terms, and enough of them that the match is not chance. Two
 * shared terms of three are ("caffeine improves memory consolidation" / "losing sleep impaired how memories were
 * consolidated"; "kept people up for one night" / "keeping a schedule… a full night").
 */
const restates = (c: Candidate, claimTerms: number) =>
  c.coverage >= RESTATES_SHARE && (c.shared >= RESTATED_WORDS || c.shared === claimTerms);
/** A restriction is stated only by one of these words ("only during slow-wave sleep"). */
const RESTRICTS = /\b(?:only|solely|exclusively)\b/i;
/** Prepositions that name where or when a finding holds: "only during REM" is refuted by "during slow-wave". */
const SETTING = new Set("during in at on after before while".split(" "));

interface Neighbours extends IndexedSentence {
  parts: [IndexedSentence, IndexedSentence];
}

/** At least this many of the claim's terms are in each of two neighbours that state it, and not in the other. */
const NEIGHBOUR_TERMS = 2;

/** Each neighbour says its own part of the claim: one shared word is not the other half of a claim. */
const bothSay = (claim: ReadonlySet<string>, [a, b]: Neighbours["parts"]) =>
  [...claim].filter((t) => a.terms.has(t) && !b.terms.has(t)).length >= NEIGHBOUR_TERMS &&
  [...claim].filter((t) => b.terms.has(t) && !a.terms.has(t)).length >= NEIGHBOUR_TERMS;

interface Candidate extends IndexedSentence {
  coverage: number;
  shared: number;
}

/** The claim's outcome is named in the sentence, in its word or one of its family ("recall" for "memories"). */
const namesOutcome = (scope: ClaimScope, c: IndexedSentence) =>
  scope.outcome.some((w) => c.words.has(w) || c.terms.has(familyOf(w)));

/** Every statement of the sources, once, with its content words: read once for all the claims of a script. */
interface IndexedSentence {
  sourceId: string;
  quote: string;
  words: ReadonlySet<string>;
  /** Its content words as word families (paraphrase-terms.ts), which coverage counts. */
  terms: ReadonlySet<string>;
}

export interface SourceIndex {
  sentences: IndexedSentence[];
  /** Each two neighbouring sentences of a source as one: a script line may say in one what a source says in two. */
  neighbours: Neighbours[];
  /** Each source's content words: a name said once ("the Eddystone Rocks") is the subject of the sentences after. */
  sourceWords: ReadonlyMap<string, ReadonlySet<string>>;
}

export function indexSources(sources: readonly SourceText[]): SourceIndex {
  const seen = new Set<string>();
  const sentences: IndexedSentence[] = [];
  const neighbours: Neighbours[] = [];
  const sourceWords = new Map<string, Set<string>>();
  for (const source of sources) {
    const all = sourceWords.get(source.sourceId) ?? new Set<string>();
    sourceWords.set(source.sourceId, all);
    let previous: IndexedSentence | null = null;
    for (const s of splitSentences(source.text)) {
      const key = `${source.sourceId}\n${s.text}`;
      if (s.heading) previous = null;
      if (s.heading || seen.has(key)) continue;
      seen.add(key);
      const words = contentWords(s.text);
      for (const w of words) all.add(w);
      const sentence = { sourceId: source.sourceId, quote: s.text, words, terms: termsOf(s.text) };
      sentences.push(sentence);
      if (previous) neighbours.push(joined(previous, sentence));
      previous = sentence;
    }
  }
  return { sentences, neighbours, sourceWords };
}

const joined = (a: IndexedSentence, b: IndexedSentence): Neighbours => ({
  parts: [a, b],
  sourceId: a.sourceId,
  quote: `${a.quote} ${b.quote}`,
  words: new Set([...a.words, ...b.words]),
  terms: new Set([...a.terms, ...b.terms]),
});

/** The source sentences by how much of the claim's terms (its content words, by family) they cover. */
function candidatesFor<S extends IndexedSentence>(claim: string, sentences: readonly S[]): (S & Candidate)[] {
  const mine = termsOf(claim);
  return sentences
    .map((sentence) => {
      const shared = sharedCount(mine, sentence.terms);
      return { ...sentence, shared, coverage: mine.size ? shared / mine.size : 0 };
    })
    .sort((a, b) => b.coverage - a.coverage);
}

/** Words that say the opposite of each other about a time, a size or an age, beyond better and worse. */
const OPPOSITES: readonly [string, string][] = [
  ["earlier", "later"],
  ["longer", "shorter"],
  ["older", "younger"],
  ["older", "young"],
  ["old", "young"],
];

/** The claim says one of a pair where the other sentence says only the other one ("shift earlier" / "shift later"). */
function opposedWord(claim: string, other: string): boolean {
  const mine = new Set(claim.toLowerCase().match(/\p{L}+/gu));
  const theirs = new Set(other.toLowerCase().match(/\p{L}+/gu));
  return OPPOSITES.some(
    ([a, b]) => (mine.has(a) && !theirs.has(a) && theirs.has(b)) || (mine.has(b) && !theirs.has(b) && theirs.has(a)),
  );
}

/**
 * The clause of a sentence that says most of the claim: its polarity is the one to compare, not that of another
 * clause ("most volunteers are young students, so the results may not hold for older adults").
 */
function restatingClause(claim: string, sentence: string): string {
  // content words first; numbers and up/down words break ties ("a third of adults get less than six")
  const words = (text: string) => new Set(wordsOf(text).map(lemma));
  const [mine, all] = [contentWords(claim), words(claim)];
  const score = (clause: string) =>
    2 * sharedCount(mine, contentWords(clause)) + sharedCount(all, words(clause)) / (all.size + 1);
  // a claim of several clauses is compared with the whole sentence, as a one-clause claim with one clause
  const clauses = clausesOf(claim).length > 1 ? [sentence] : clausesOf(sentence);
  const [first = sentence, ...rest] = clauses;
  const best = rest.reduce((top, clause) => (score(clause) > score(top) ? clause : top), first);
  // "restores alertness without the grogginess": a lack of something the claim does not mention ("sleepless" mentions
  // sleep) is an aside, not the finding's polarity
  const mentions = (word: string) => [...all].some((w) => w.startsWith(lemma(word)));
  return best.replace(/\bwithout\s+(?:(?:the|a|an|any)\s+)?([\p{L}-]+)/giu, (phrase, word: string) =>
    mentions(word) ? phrase : "",
  );
}

/**
 * The statement without what it is compared with: in "10 percent lower risk than people who drank none" the "none"
 * names the baseline, it does not deny the finding. "Less than six" is a bound and stays.
 */
const withoutBaseline = (text: string) =>
  text.replace(/\bthan\s+([\p{L}\p{N}]+)[^,;:.]*/giu, (phrase, next: string) => (startsQuantity(next) ? phrase : ""));

/** Opposite findings between sentences that restate each other: "improves" against "impairs", "did" against "did not". */
function oppositeFinding(claim: string, sentence: string): boolean {
  const other = restatingClause(claim, sentence);
  if (opposedWord(claim, sentence) || opposedWord(claim, other)) return true;
  const p = polarityOf(withoutBaseline(claim));
  const q = polarityOf(withoutBaseline(other));
  const [x, y] = [netDirection(p), netDirection(q)];
  if (x !== 0 && y !== 0) return x !== y;
  if (p.direction !== 0 || q.direction !== 0 || p.negated === q.negated) return false;
  // A denial opposes the other sentence only when what it denies is what that one says: "body clocks do not shift
  // later" against "shift later", not "the studies don't agree" against "the evidence is mixed across studies".
  if (p.denied === q.denied) return true;
  const [denying, asserting] = p.denied ? [claim, other] : [other, claim];
  const said = contentWords(asserting);
  return deniedWords(denying).some((w) => said.has(w));
}

/** The first content word after each denial: what the sentence says is not so ("do not *shift*", "don't *agree*"). */
function deniedWords(text: string): string[] {
  const words = wordsOf(text);
  return words.flatMap((word, i) => {
    if (!isDenial(word)) return [];
    const next = words.slice(i + 1).find((w) => contentWords(w).size > 0);
    return next ? [...contentWords(next)] : [];
  });
}

/**
 * The sentence states the claim: it restates it, about the same outcome ("heart disease" is not "diabetes"), group
 * and study, every number met, the same direction, and any restriction the claim makes stated too.
 */
function supports(claim: string, scope: ClaimScope, c: Candidate, index: SourceIndex): boolean {
  const terms = termsOf(claim);
  if (!restates(c, terms.size)) return false;
  // about another population: "children who sleep less…" is not stated by "adults who sleep less…"
  const [who, whoThere] = [populationsOf(terms), populationsOf(c.terms)];
  if (who.length && whoThere.length && !who.some((p) => whoThere.includes(p))) return false;
  const theirs = scopeOf(c.quote);
  const known = index.sourceWords.get(c.sourceId) ?? c.words;
  if ([...scope.names].some((n) => !c.words.has(lemma(n)) && !known.has(lemma(n)))) return false;
  if (scope.outcome.length && !namesOutcome(scope, c)) return false;
  if (narrower(scope.group, theirs.group) || narrower(scope.ordinals, theirs.ordinals)) return false;
  const clause = restatingClause(claim, c.quote);
  if (scope.only && !RESTRICTS.test(c.quote)) return false;
  if (opposedWord(claim, c.quote) || opposedWord(claim, clause)) return false;
  const p = polarityOf(withoutBaseline(claim));
  const q = polarityOf(withoutBaseline(clause));
  // "does not restore alertness" is not stated by "restores alertness", up/down word or not
  if (p.direction === 0 && p.denied !== q.denied) return false;
  return quantitiesMet(claim, c.quote).ok && (p.direction === 0 || netDirection(p) === netDirection(q));
}

/**
 * Both name a study by its year ("a 2002 study of 400,000 adults", "a 2012 cohort of 400,000 adults, people who
 * drank…"): the groups the study compares do not make it another study, so its year and size are compared.
 */
function sameStudyScope(claim: string, scope: ClaimScope, clause: string, words: ReadonlySet<string>): boolean {
  const namesStudy = (text: string) => readMeasures(text).some((m) => m.study);
  if (!namesStudy(claim) || !namesStudy(clause)) return false;
  const anyone = new Set<string>();
  return sameScope({ ...scope, group: anyone }, { ...scopeOf(clause), group: anyone }, words);
}

/** "Only during REM sleep" against a sentence that restates the claim in another setting ("during slow-wave sleep"). */
function otherSetting(scope: ClaimScope, quote: string): boolean {
  const [preposition, ...limited] = scope.only ?? [];
  if (!preposition || !SETTING.has(preposition)) return false;
  const words = quote.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  return words.some((w, i) => w === preposition && words[i + 1] !== undefined && !limited.includes(words[i + 1]!));
}

/**
 * Labels one statement against the sources, as an editor would with the passages open. Support is looked for
 * first: a claim a sentence states is not contradicted by another sentence about something else.
 * - SUPPORTED when a sentence states it (see `supports`; a figure inside a stated range counts);
 * - CONTRADICTED when nothing supports it and a sentence about the same study and group (same names, ordinal and
 *   part of the population) gives a number of the same quantity that cannot be true with the claim's, restates it
 *   with the opposite finding, or states it in another setting than the one the claim limits it to;
 * - UNSUPPORTED otherwise, with the closest sentence as evidence.
 */
export function labelClaim(claim: string, sources: readonly SourceText[] | SourceIndex): ClaimLabel {
  const index = "sentences" in sources ? sources : indexSources(sources);
  const candidates = candidatesFor(claim, index.sentences);
  const scope = scopeOf(claim);
  const claimWords = termsOf(claim).size;
  const isOnSubject = (c: Candidate) => c.shared >= Math.min(SUBJECT_WORDS, claimWords) && c.coverage >= SUBJECT_SHARE;
  const onSubject = candidates.filter(isOnSubject);
  const supported = (c: Candidate) => ({
    verdict: "SUPPORTED" as const,
    evidence: evidenceOf(c),
    reason: `The quoted passage states it (${Math.round(c.coverage * 100)}% of its content words, its numbers met).`,
  });
  // One sentence first. Two neighbours only support, and only once no single sentence contradicts the claim: a
  // number the second sentence gives for something else must not outvote the sentence that says the claim's own.
  const single = onSubject.find((c) => supports(claim, scope, c, index));
  if (single) return supported(single);
  const contradiction = contradictionOf(claim, scope, onSubject, claimWords);
  if (contradiction) return contradiction;
  const pair = candidatesFor(claim, index.neighbours).find(
    (c) =>
      isOnSubject(c) &&
      bothSay(termsOf(claim), c.parts) &&
      supports(claim, scope, c, index) &&
      eachClauseStated(claim, c.parts, index),
  );
  if (pair) return supported(pair);
  const closest = candidates[0];
  if (!closest || closest.coverage === 0)
    return { verdict: "UNSUPPORTED", evidence: null, reason: "No source sentence shares its subject." };
  return {
    verdict: "UNSUPPORTED",
    evidence: evidenceOf(closest),
    reason: `No source sentence states it; the closest, quoted, has ${Math.round(closest.coverage * 100)}% of its content words.`,
  };
}

/** The first on-subject sentence that contradicts the claim (see `labelClaim`), or null. */
function contradictionOf(
  claim: string,
  scope: ClaimScope,
  onSubject: readonly Candidate[],
  claimWords: number,
): ClaimLabel | null {
  for (const c of onSubject) {
    // Each clause on its own: "most adults need…, yet a third of adults get…" are two groups' numbers.
    for (const clause of clausesOf(c.quote)) {
      if (!sameScope(scope, scopeOf(clause), c.words) && !sameStudyScope(claim, scope, clause, c.words)) continue;
      const numbers = quantityConflict(claim, clause);
      if (numbers)
        return { verdict: "CONTRADICTED", evidence: evidenceOf(c), reason: `The quoted passage ${numbers.why}.` };
    }
    if (!restates(c, claimWords) || !sameScope(scope, scopeOf(c.quote), c.words)) continue;
    if (namesOutcome(scope, c) && oppositeFinding(claim, c.quote))
      return {
        verdict: "CONTRADICTED",
        evidence: evidenceOf(c),
        reason: `The quoted passage states the opposite finding.`,
      };
    if (otherSetting(scope, c.quote))
      return {
        verdict: "CONTRADICTED",
        evidence: evidenceOf(c),
        reason: `The quoted passage states it outside "${scope.only!.join(" ")}", which the claim says is the only case.`,
      };
  }
  return null;
}

/**
 * Two neighbours support a claim that joins two statements, each stated by one of them ("Winstanley built the first
 * lighthouse in 1698, and the great storm of 1703 swept it away"): a one-clause claim is one sentence's to state.
 */
function eachClauseStated(claim: string, parts: Neighbours["parts"], index: SourceIndex): boolean {
  const clauses = clausesOf(claim);
  if (clauses.length < 2) return false;
  return clauses.every((clause) =>
    candidatesFor(clause, parts).some((part) => supports(clause, scopeOf(clause), part, index)),
  );
}

const evidenceOf = (c: Candidate) => ({ sourceId: c.sourceId, quote: c.quote });
