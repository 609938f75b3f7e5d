/** Words that open a subject: pronouns, determiners and quantities ("they", "the team", "most adults", "twenty"). */
const SUBJECT_OPENERS = new Set(
  (
    "i you he she it we they this that these those there the a an his her their its our my your most many some " +
    "each every no one both all few half several neither either people participants researchers scientists " +
    "two three four five six seven eight nine ten twenty thirty forty fifty hundred"
  ).split(" "),
);

/** Finite verbs a clause is recognised by: auxiliaries, modals and common irregular past forms. */
const FINITE_VERBS = new Set(
  (
    "is are was were am be been has have had do does did can could will would shall should may might must " +
    "found forgot slept took got made said saw knew thought kept lost went came gave held led left felt grew fell " +
    "began ran wrote told became brought meant met paid put set showed shown won understood built sat stood rose " +
    "seems seem shows show holds hold helps help needs need means mean says say suggests suggest makes make gets " +
    "get remains remain appears appear tends tend gives give takes take finds find goes go works work"
  ).split(" "),
);

/** How far into a clause its verb may come after a long subject ("the group that stayed awake and watched…"). */
const VERB_WINDOW = 10;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** A word that reads as a finite verb: a known one, or a regular past form ("remembered", "recalled"). */
export function isFiniteVerb(word: string): boolean {
  const w = word.toLowerCase();
  return FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith("ed"));
}

/**
 * True when the text opens a clause of its own, a subject followed by a verb ("the results held up"), not a bare
 * verb phrase ("found that…") or a list item ("the number of errors"). A heuristic for cutting sentences: when it
 * is unsure it says no, and the sentence is left whole.
 */
export function startsClause(text: string): boolean {
  const [first, ...next] = words(text);
  if (!first) return false;
  const subject = SUBJECT_OPENERS.has(first.toLowerCase()) || /^\p{Lu}/u.test(first) || /^\d/.test(first);
  return subject && next.slice(0, VERB_WINDOW).some(isFiniteVerb);
}
