import { findNumbers } from "@/lib/text/find-numbers";
import { plainText } from "@/lib/text/spoken-form";

/**
 * The question a curious listener would ask before hearing a finding: what happens after the thing studied, who
 * was in the studies, how big they were, how much is needed, how far back it goes, whether it holds. Built from
 * the finding's own shape, never a stock frame around a keyword lifted from it. Null when no shape fits.
 */
const ASKS: [RegExp, (m: RegExpExecArray, topic: Topic) => string][] = [
  [/\bmay not (?:apply to|hold for|generali[sz]e to) ([\w\s-]+?)[.,]/, (m) => `Does it hold for ${m[1]}?`],
  [/\b(?:caution|cautions|caveat|warn|warns)\b/i, () => "Is there a catch?"],
  // "If sleep helps memory, losing sleep should hurt it" → "So does losing sleep really hurt memory?"
  [/^If .*?(\w+), (?:then )?(.+?) should (\w+) it\b/, (m) => `So does ${m[2]!.toLowerCase()} really ${m[3]} ${m[1]}?`],
  [/^(After|During|Before) ([^,]{3,60}),/, (m) => `What happens ${m[1]!.toLowerCase()} ${m[2]}?`],
  // Not "how much sleep do adults need?" before "most adults need…": the answer would say the question back.
  [/\b(?:Most|Many|All) (\w+) need .+? of (\w+)/, (m) => `So how much ${m[2]} is enough?`],
  [/\b(?:studies|samples) (?:are|were) small\b|\bfewer than \d+ people\b/i, () => "How big are these studies?"],
  [/\b(?:volunteers|participants) (?:are|were)\b/i, () => "Who takes part in these studies?"],
  [/^The (?:evidence|research) on (.+?) (?:is|are)\b/, (m) => `Do we know anything yet about ${m[1]}?`],
  [/^The (?:drawback|catch|downside|problem) is\b/, (_m, topic) => `Is there a downside to all that ${topic.first}?`],
  [
    /^(?:Longer|Shorter|Short|Long|Brief) (\w+)(?: (?:of|that) [^,]+?)? (?:can|may)\b/,
    (m, topic) => `What can a longer ${m[1]!.replace(/s$/, "")} do for ${topic.last}?`,
  ],
  [/\bIn an? (?:classic |recent |large |small )?[\w-]+ study, /, () => "How would anyone test that?"],
];

const EARLY_YEAR = 1990;

/** The topic in the hosts' words: all of it ("sleep and memory"), what it is about and what that is for. */
export interface Topic {
  said: string;
  first: string;
  last: string;
}

/**
 * `texts` are ways the finding is said, best first (as the host says it, then as the source wrote it): a shape found
 * in any of them beats the fallbacks (its age, its subject).
 */
export function questionAbout(texts: readonly string[], topic: Topic): string | null {
  const plain = texts.map(plainText);
  for (const [shape, ask] of ASKS)
    for (const t of plain) {
      const m = shape.exec(t);
      if (m) return ask(m, topic);
    }
  // "in 1924, found people…" reads to findNumbers as 1924 people; after "in" a four-digit number is a year.
  const year = (t: string) =>
    findNumbers(t).find((q) => q.kind === "year")?.value ?? Number(/\bin ((?:1[89]|20)\d\d)\b/.exec(t)?.[1] ?? NaN);
  if (plain.some((t) => year(t) < EARLY_YEAR)) return `How far back does the work on ${topic.said} go?`;
  // "A short afternoon nap can also help." → "What about a short afternoon nap?": the finding's own subject, a noun
  // phrase of two to four words, never the people who found it.
  for (const t of plain) {
    const subject = SUBJECT.exec(t)?.[1];
    if (subject && !AGENT.test(subject) && !NOT_A_NOUN.test(subject))
      return `What about ${subject.charAt(0).toLowerCase()}${subject.slice(1)}?`;
  }
  return null;
}

const SUBJECT =
  /^((?:An?|The|Most|Many|Some)?\s?[A-Z]?[a-z-]+(?: [a-z-]+){1,3}?)(?:,| (?:is|are|was|were|can|could|may|might|seems?|appears?|helps?|hurts?|improves?|need|needs|tends?)\b)/;
/** A sentence opening with a preposition or a connective ("At least, …") has no subject there. */
const NOT_A_NOUN = /^(?:At|In|On|For|By|As|To|From|With|So|But|And|That|This|It|There|Here)\b/;
/** Who found it, not what it is about. */
const AGENT =
  /\b(?:researchers?|scientists?|authors?|team|stud(?:y|ies)|trial|paper|experts?|found|showed|reported)\b/i;
