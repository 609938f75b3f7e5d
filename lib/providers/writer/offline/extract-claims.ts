import { rankPassages, type PassageDoc } from "@/lib/providers/search/rank-passages";
import type { Claim } from "@/lib/domain/research";
import type { ExtractClaimsInput, ExtractClaimsOutput } from "../schemas";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { CAUTION_CUE, DANGLING_START, FINDING_CUE, OPINION_CUE } from "@/lib/text/cues";
import { findNumbers } from "@/lib/text/find-numbers";
import { splitSentences } from "@/lib/text/split-sentences";
import { countWords, plainText } from "@/lib/text/spoken-form";

interface Candidate extends Claim {
  words: Set<string>;
  score: number;
}

const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** Each claim already taken from a source lowers that source's next candidate, so the brief hears every source. */
const SAME_SOURCE_PENALTY = 0.1;
/**
 * Two sentences with the same numbers whose content words overlap this much (of the larger set) say the same
 * thing; the second is skipped. Different numbers on one subject are kept: that is a disagreement to check.
 */
const DUPLICATE_OVERLAP = 0.6;

function isDuplicate(a: Candidate, b: Candidate): boolean {
  const numbers = (c: Candidate) =>
    findNumbers(c.text)
      .map((q) => q.value)
      .sort((x, y) => x - y)
      .join(",");
  return (
    sharedCount(a.words, b.words) / Math.max(1, a.words.size, b.words.size) >= DUPLICATE_OVERLAP &&
    numbers(a) === numbers(b)
  );
}

/** How much a sentence reads like a checkable finding: numbers, reporting words, cautions; less for opinion. */
function factuality(sentence: string): number {
  let score = 0;
  if (findNumbers(sentence).length > 0) score += 0.4;
  if (FINDING_CUE.test(sentence)) score += 0.4;
  if (CAUTION_CUE.test(sentence)) score += 0.3;
  if (OPINION_CUE.test(sentence)) score -= 0.3;
  if (DANGLING_START.test(sentence)) score -= 0.15;
  return Math.max(0, Math.min(1, score));
}

function candidatesOf(input: ExtractClaimsInput): Omit<Candidate, "score">[] {
  const seen = new Set<string>();
  return input.passages.flatMap((passage) =>
    splitSentences(passage.text).flatMap((s) => {
      const quoteStart = passage.start + s.start;
      const key = `${passage.sourceId}:${quoteStart}`;
      const words = countWords(s.text);
      if (s.heading || s.text.trimEnd().endsWith("?") || words < MIN_WORDS || words > MAX_WORDS || seen.has(key))
        return [];
      seen.add(key);
      const text = plainText(s.text);
      return [
        {
          text,
          sourceId: passage.sourceId,
          quote: s.text,
          quoteStart,
          quoteEnd: quoteStart + s.text.length,
          words: contentWords(text),
        },
      ];
    }),
  );
}

/**
 * Extractive claims: the passages' sentences, ranked by 0.6 × BM25 relevance to the topic (normalised to the best
 * sentence) + 0.4 × factuality, then picked greedily with a same-source penalty and no near-duplicates. Each claim
 * is its sentence in plain text; the quote is the sentence exactly as the source has it.
 */
export function extractClaims(input: ExtractClaimsInput): ExtractClaimsOutput {
  const candidates = candidatesOf(input);
  const docs: PassageDoc[] = candidates.map((c) => ({
    sourceId: c.sourceId,
    title: "",
    url: null,
    start: c.quoteStart,
    end: c.quoteEnd,
    text: c.text,
    boost: 1,
  }));
  const hits = rankPassages(docs, input.topic, docs.length);
  const best = hits[0]?.score ?? 0;
  const relevance = new Map(hits.map((h) => [`${h.sourceId}:${h.start}`, best > 0 ? h.score / best : 0]));

  // A sentence that shares no word with the topic must be strongly factual to be kept.
  const pool: Candidate[] = [];
  for (const c of candidates) {
    const rel = relevance.get(`${c.sourceId}:${c.quoteStart}`) ?? 0;
    const fact = factuality(c.text);
    if (rel > 0 || fact >= 0.5) pool.push({ ...c, score: 0.6 * rel + 0.4 * fact });
  }

  const picked: Candidate[] = [];
  const perSource = new Map<string, number>();
  while (picked.length < input.maxClaims && pool.length > 0) {
    let at = 0;
    const adjusted = (c: Candidate) => c.score - SAME_SOURCE_PENALTY * (perSource.get(c.sourceId) ?? 0);
    pool.forEach((c, i) => {
      if (adjusted(c) > adjusted(pool[at]!)) at = i;
    });
    const [next] = pool.splice(at, 1);
    if (picked.some((p) => isDuplicate(p, next!))) continue;
    picked.push(next!);
    perSource.set(next!.sourceId, (perSource.get(next!.sourceId) ?? 0) + 1);
  }
  return {
    claims: picked.map(({ text, sourceId, quote, quoteStart, quoteEnd }) => ({
      text,
      sourceId,
      quote,
      quoteStart,
      quoteEnd,
    })),
  };
}
