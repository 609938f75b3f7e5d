import { contentWords } from "@/lib/text/content-words";
import { splitSentences } from "@/lib/text/split-sentences";
import { rewordSpoken } from "./reword-spoken";
import { asSentence, capitalize, continueSentence, countWords, plainText } from "@/lib/text/spoken-form";

/**
 * How a host says a source's sentence, rather than reading it: asides dropped, the attribution said the way people
 * talk ("Back in 2006, Ellenbogen's team found…"), the sentence split at its clauses, and written forms spoken
 * ("did not" → "didn't"). Meaning is kept: nothing is added but connectives.
 */

/** Written phrasing → spoken phrasing; each also breaks a run of the source's own words. */
const SPOKEN: [RegExp, string][] = [
  [/\b(did|do|does|is|are|was|were|could|would|should|has|have|had) not\b/gi, "$1n't"],
  [/\bcannot\b/gi, "can't"],
  [/\bwill not\b/gi, "won't"],
  [/\bit is\b/g, "it's"],
  [/\bthat is\b/g, "that's"],
  [/\bthere is\b/g, "there's"],
  [/\bthey are\b/g, "they're"],
  [/\bit has\b/g, "it's got"],
  [/\b(?:approximately|about)\b(?= \d)/gi, "roughly"],
  [/\bindividuals\b/gi, "people"],
  [/\bdemonstrated\b/gi, "showed"],
  [/\bthe majority of\b/gi, "most"],
  [/\ba number of\b/gi, "several"],
  [/\bin addition\b/gi, "also"],
  [/\bprior to\b/gi, "before"],
  [/\bsubsequently\b/gi, "later"],
  [/\btherefore\b/gi, "so"],
  [/\bsuch as\b/gi, "like"],
  [/\bin order to\b/gi, "to"],
  [/\bhowever,\s*/gi, "but "],
  [/\bbetween (\S+) and (\S+)/gi, "$1 to $2"],
  [/\bmore than (?=\d|one|two|three|four|five|six|seven|eight|nine|ten)/gi, "over "],
  [/\bfewer than (?=\d)/gi, "under "],
  [/\b(found|showed|suggests?|means?) that\b/g, "$1"],
  [/\bwhile they\b/g, "as they"],
  [/\bduring the\b/g, "over the"],
  [/\bthe next day\b/g, "a day later"],
  [/\b(\w+) a night\b/g, "$1 each night"],
  [/\ba process (\w+) call\b/g, "what $1 call"],
  [/\bthan (?:adults|people|volunteers|participants|those) who\b/g, "compared with those who"],
  [/\bthan (rested|healthy|other) (?:volunteers|people|participants|adults)\b/g, "compared with $1 people"],
];

/** Attributions as a host would say them. Each takes the matched sentence and returns it spoken. */
const ATTRIBUTIONS: [RegExp, (m: RegExpExecArray) => string][] = [
  // "A 2006 study led by Jeffrey Ellenbogen found that X" → "Back in 2006, Jeffrey Ellenbogen's team found that X".
  [
    /^(?:In )?[Aa]n? (\d{4}) (?:study|trial|experiment|paper) (?:led|run) by ((?:[A-Z][\w'-]+ ?)+?),? (found|showed|reported) (?:that )?(.+)$/,
    (m) => `Back in ${m[1]}, ${m[2]!.trim()}'s team ${m[3] === "found" ? "found" : "showed"} that ${m[4]}`,
  ],
  // "According to X, Y" → "Y. That comes from X".
  [/^According to ([^,]+), (.+)$/, (m) => `${capitalize(m[2]!.replace(/[.]$/, ""))}. That comes from ${m[1]}`],
  // "Y, according to X" → "Y. That's what X say" (said as the source's view, not a fact of the show's own).
  [/^(.+), according to (.+?)\.?$/, (m) => `${m[1]}. At least, that's the advice from ${m[2]}`],
  // "In a 2007 imaging study of 40 adults, X" → "Back in 2007, an imaging study of 40 adults: X".
  [/^In an? (\d{4}) ([^,]+?), (.+)$/, (m) => `Take a ${m[2]} from ${m[1]}. ${capitalize(m[3]!)}`],
  [/^In (\d{4}), (.+)$/, (m) => `Back in ${m[1]}, ${m[2]}`],
  // "In a classic word-pair study, X" → "X. That's from a classic word-pair study".
  [
    /^In (an? [^,]+? (?:study|trial|experiment)), (.+)$/,
    (m) => `${capitalize(m[2]!.replace(/[.]$/, ""))}. That's from ${m[1]}`,
  ],
  // "One of the first studies, in 1924, found X" → "Back in 1924, one of the first studies found X".
  [/^([^,]+), in (\d{4}), (.+)$/, (m) => `Back in ${m[2]}, ${continueSentence(m[1]!)} ${m[3]}`],
  // "If X, Y" → "If X, then Y": the consequence said as one.
  [/^(If [^,]+), (?!then\b)(.+)$/, (m) => `${m[1]}, then ${m[2]}`],
];

/** Clause boundaries a speaker breathes at, and the connective the next sentence opens with. */
const CLAUSES: [RegExp, string][] = [
  [/;\s+/, ""],
  [/,\s+but\s+/, "But "],
  [/,\s+which\s+/, "That "],
  [/,\s+and\s+(?=(?:their|the|a|an|they|it|its|this|these|those|most|many|some|people|[A-Z]))/, "And "],
  [/,\s+while\s+/, "Meanwhile, "],
];
/** "…, in several small studies, …": where a finding comes from, said after it rather than read mid-sentence. */
const SOURCE_ASIDE =
  /,?\s+in ((?:several|some|a few|two|three|many) (?:small |large |recent )?(?:studies|trials)|an? (?:\d{4} )?[\w-]+(?: [\w-]+)? (?:study|trial))(?:,\s*|\s+(?=(?:were|was|had|did|got|showed|recalled|remembered)\b))/;
/** A clause shorter than this is not worth its own sentence. */
const MIN_CLAUSE_WORDS = 4;
/** A shorter tail ("and the evidence suggests it does") leans on the clause before it: said alone it says nothing. */
const MIN_TAIL_WORDS = 6;

function dropAsides(text: string): string {
  return text
    .replace(/\s*\([^()]*\)/g, "")
    .replace(/\s*[—–]\s[^—–]+\s[—–]\s*/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .trim();
}

function spoken(text: string): string {
  return SPOKEN.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
}

function attributed(sentence: string): string {
  const aside = SOURCE_ASIDE.exec(sentence);
  if (aside && aside.index > 0)
    return `${sentence.slice(0, aside.index)} ${sentence.slice(aside.index + aside[0].length).replace(/[.]$/, "")}. That's from ${aside[1]}`;
  for (const [pattern, say] of ATTRIBUTIONS) {
    const m = pattern.exec(sentence);
    if (m) return say(m);
  }
  return sentence;
}

/** "X, though it had only two participants." → "X. It had only two participants, though." */
function trailingThough(sentence: string): string[] {
  const m = /^(.+),\s+though\s+(.+?)[.]?$/.exec(sentence);
  return m && countWords(m[2]!) >= MIN_CLAUSE_WORDS ? [m[1]!, `${capitalize(m[2]!)}, though`] : [sentence];
}

function splitClauses(sentence: string): string[] {
  // "X, so Y" is told the way people explain: what follows first, then why. Of two reasons, the one named last (the
  // nearer to what follows from it) is said first.
  // "…, so that Y" is a purpose, not a consequence: it stays with its sentence.
  const so = /,\s+so\s+(?!that\b)/.exec(sentence);
  if (so && countWords(sentence.slice(0, so.index)) >= MIN_CLAUSE_WORDS) {
    const tail = sentence.slice(so.index + so[0].length);
    const causes = splitClauses(sentence.slice(0, so.index)).map((c) => c.replace(/^And\s+/, ""));
    if (causes.length === 2) causes.reverse();
    if (countWords(tail) >= MIN_CLAUSE_WORDS)
      return [
        ...splitClauses(capitalize(tail)),
        ...causes.map((c, i) => `${i === 0 ? "That's because" : "And"} ${continueSentence(c)}`),
      ];
  }
  for (const [at, connective] of CLAUSES) {
    const m = at.exec(sentence);
    if (!m) continue;
    const head = sentence.slice(0, m.index);
    const tail = sentence.slice(m.index + m[0].length);
    if (countWords(head) < MIN_CLAUSE_WORDS || countWords(tail) < MIN_TAIL_WORDS) continue;
    return [...splitClauses(head), ...splitClauses(connective ? `${connective}${tail}` : capitalize(tail))];
  }
  return [sentence];
}

/** A source's sentence, as a host says it: short sentences in the speaker's words, meaning kept. */
export function speakSentence(text: string): string[] {
  return splitSentences(attributed(dropAsides(plainText(text))))
    .map((s) => s.text)
    .flatMap((s) => trailingThough(s.trim().replace(/[.]$/, "")))
    .flatMap(splitClauses)
    .map((s) => asSentence(capitalize(rewordSpoken(spoken(s).trim(), text))))
    .filter((s) => countWords(s) > 0);
}

/** Every sentence of a text (a key point, a doubt), spoken. */
export function speakText(text: string): string[] {
  return splitSentences(plainText(text)).flatMap((s) => speakSentence(s.text));
}

const STUDY = /^(?:study|studies|trial|trials|experiment|experiments)$/i;

/** Verbs, modals and quantifiers that sit next to nouns without naming anything. */
const NOT_A_SUBJECT = new Set(
  (
    "should must might shall include includes help helps hurt hurts need needs protect protects make makes keep keeps " +
    "hold holds often less more several fewer like likely also well still even take takes give gives seem seems " +
    "about their there these those this that what which while without within across small large call calls " +
    "took made gave went came kept held left felt began ran brief short long"
  ).split(" "),
);

/**
 * Two neighbouring words that name what a sentence is about ("slow-wave sleep", "sleep inertia"), for a host's
 * question: content words of four letters or more, not the topic's own, the most distinctive first. Null when the
 * sentence has none.
 */
export function subjectOf(sentence: string, avoid: ReadonlySet<string>): string | null {
  // Pairs never cross punctuation ("spindles, brief bursts"), and the last two words of a run name it best
  // ("young university students" → "university students").
  const chunks = plainText(sentence)
    .split(/[,;:.!?()—–]/)
    .map((c) => c.match(/[\p{L}][\p{L}'’-]*/gu) ?? []);
  const isSubjectWord = (w: string, head: boolean) => {
    const [lemma] = contentWords(w);
    return (
      !!lemma &&
      w.length >= 4 &&
      !/(?:ly|ed)$/i.test(w) &&
      (head || !/ing$/i.test(w)) &&
      !/^[A-Z]/.test(w) &&
      !NOT_A_SUBJECT.has(w.toLowerCase())
    );
  };
  const candidates: { words: string[]; endsRun: boolean }[] = [];
  for (const words of chunks) {
    words.forEach((w, i) => {
      const next = words[i + 1];
      if (next && isSubjectWord(w, true) && (isSubjectWord(next, false) || (w.includes("-") && STUDY.test(next))))
        candidates.push({ words: [w, next], endsRun: !words[i + 2] || !isSubjectWord(words[i + 2]!, false) });
      // A compound alone ("slow-wave") only when no two words will do.
      if (w.includes("-") && isSubjectWord(w, false)) candidates.push({ words: [w], endsRun: false });
    });
  }
  let best: { phrase: string; rank: number } | null = null;
  for (const c of candidates) {
    const content = contentWords(c.words.join(" "));
    if (content.size !== 2) continue;
    const fresh = [...content].filter((w) => !avoid.has(w)).length;
    const rank = fresh * 4 + (c.words.length === 2 ? 2 : 0) + (c.endsRun ? 1 : 0);
    if (!best || rank > best.rank) best = { phrase: c.words.join(" ").toLowerCase(), rank };
  }
  // A single study is "the word-pair study"; "sleep inertia" and "university students" take no article.
  return best
    ? STUDY.test(best.phrase.split(" ").at(-1)!) && !/s$/.test(best.phrase)
      ? `the ${best.phrase}`
      : best.phrase
    : null;
}

/** The longest content word a point has beyond the topic's ("hippocampus"): its subject when no two words name it. */
export function keyWordOf(text: string, avoid: ReadonlySet<string>): string | null {
  const words = (plainText(text).match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => {
    const [lemma] = contentWords(w);
    return !!lemma && !avoid.has(lemma) && w.length >= 5 && !/^[A-Z]/.test(w) && !NOT_A_SUBJECT.has(w.toLowerCase());
  });
  return words.sort((a, b) => b.length - a.length)[0]?.toLowerCase() ?? null;
}
