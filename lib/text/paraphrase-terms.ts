import { contentWords } from "@/lib/text/content-words";
import { lemma } from "@/lib/text/lemma";

/**
 * Words a script and its source use for one thing, by family: the first word names the family. A script says a
 * source's facts in its own words ("remembered" for "recalled", "laying down memories" for "forming memories",
 * "groggy" for "grogginess"), so support compares these families, not spellings. Kept small and general: a pair
 * belongs here only when swapping the words never changes what a sentence claims. Direction words ("worse",
 * "impaired") are not here: polarity.ts compares them.
 */
const FAMILIES: readonly string[] = [
  "memory memories remember recall recollect retain retention",
  "form lay encode",
  "volunteer participant",
  "groggy grogginess fog foggy drowsy drowsiness",
  "alert alertness perk refreshed",
  "teenager teen adolescent",
  "child kid",
  "student undergraduate",
  "clock circadian",
  "shift move",
  "play replay",
  "consolidation consolidate consolidated",
  "strong stronger sturdy sturdier",
  "disrupt interrupt disturb",
  "rat rodent",
  "bad badly poor poorly",
  "hour hr",
  "minute min",
  "need should recommend",
  "night overnight",
  "test tested exam measure",
  "small handful",
  "sample group",
];

/**
 * Words that hedge or stress a statement in speech ("roughly", "honestly"), verb particles ("kept up", "laying down")
 * and indefinite pronouns: they say nothing of its subject.
 */
const FILLERS = new Set(
  "roughly approximately nearly around actually really basically honestly seem seems apparently typically mostly up down back out someone anyone everyone something"
    .split(" ")
    .map(lemma),
);

const FAMILY_OF: ReadonlyMap<string, string> = new Map(
  FAMILIES.flatMap((family) => {
    const [head, ...rest] = family.split(" ").map(lemma);
    return [head!, ...rest].map((w) => [w, head!] as const);
  }),
);

/** One content word's family (its lemma when it has none). */
export const familyOf = (lemmaOfWord: string): string => FAMILY_OF.get(lemmaOfWord) ?? lemmaOfWord;

/** A text's content words as families, without fillers: what paraphrases of one statement share. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const w of contentWords(text)) if (!FILLERS.has(w)) terms.add(familyOf(w));
  return terms;
}

/** Who a finding is about, as terms: a claim about children is not stated by a sentence about adults. */
const POPULATIONS = new Set(
  "adult child teenager student infant baby patient man woman rat mouse volunteer worker".split(" ").map(lemma),
);

/** The populations a text's terms name. */
export const populationsOf = (terms: ReadonlySet<string>): string[] => [...terms].filter((t) => POPULATIONS.has(t));
