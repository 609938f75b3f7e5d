import MiniSearch from "minisearch";
import { stem } from "@/lib/text/stem";

export interface PassageDoc {
  sourceId: string;
  title: string;
  url: string | null;
  start: number;
  end: number;
  text: string;
  /** Ranking weight: the episode's own sources count a little more than the show's library. */
  boost: number;
}

export interface RankedPassage extends PassageDoc {
  score: number;
  snippet: string;
}

const STOP_WORDS = new Set(
  "a an and are as at be but by for from has have how if in into is it its of on or that the their there these this to was were what when where which who why will with about does did do not no".split(
    " ",
  ),
);

const processTerm = (term: string) => {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : stem(lower);
};

const SNIPPET_CHARS = 280;

/** A window of the passage around its first matching word, cut at word boundaries. */
export function snippetOf(text: string, matched: ReadonlySet<string>): string {
  const words = text.matchAll(/[\p{L}\p{N}]+/gu);
  let at = 0;
  for (const word of words) {
    if (matched.has(processTerm(word[0]) ?? "")) {
      at = word.index;
      break;
    }
  }
  let start = Math.max(0, at - 60);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const body = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}`;
}

/**
 * BM25+ (MiniSearch) over passages: the passage text and its source's title are searched, words match whole or
 * by prefix (longer words also with one typo), and the best `limit` passages come back with a snippet.
 */
export function rankPassages(docs: PassageDoc[], query: string, limit: number): RankedPassage[] {
  const index = new MiniSearch<PassageDoc & { id: number }>({ fields: ["text", "title"], processTerm });
  index.addAll(docs.map((doc, id) => ({ ...doc, id })));
  const hits = index.search(query, {
    boost: { text: 2, title: 1 },
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length >= 6 ? 1 : false),
    boostDocument: (id) => docs[id as number]!.boost,
  });
  return hits.slice(0, limit).map((hit) => {
    const doc = docs[hit.id as number]!;
    return { ...doc, score: hit.score, snippet: snippetOf(doc.text, new Set(hit.terms)) };
  });
}
