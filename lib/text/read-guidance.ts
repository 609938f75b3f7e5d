import { asSentence, continueSentence } from "@/lib/text/spoken-form";

export interface GuidanceNotes {
  /** Phrases the draft must not contain (named as banned, overused, to avoid or remove). */
  avoid: string[];
  /** Phrases the draft must contain verbatim (named as required or missing). */
  include: string[];
  /** What to say on air: "Mention that the sample was small" gives "the sample was small". */
  statements: string[];
  /** Asks to cut the length: `minutes` when a number is named ("Keep it under 3 minutes"), else null. */
  shorten: { minutes: number | null } | null;
  /** Comments that are none of these: instructions the writer acts on as it can, never words to say on air. */
  notes: string[];
  /** "Brand check: …" lines from the brand validator: rules to meet, never said on air. */
  checks: string[];
}

const CHECK = /^brand check:/i;

const AVOID =
  /\b(?:banned|avoid|overused|don['’]?t (?:use|say)|do not (?:use|say)|never (?:use|say)|stop (?:using|saying)|remove|drop|cut|too many)\b/i;
const INCLUDE = /\b(?:required|missing|include|forgot|must (?:use|say)|add the phrase|use the phrase)\b/i;
const ASK_TO_SAY =
  /^(?:please\s+)?(?:mention|say|note|add|explain|point out|make (?:it )?clear|clarify|stress|emphasi[sz]e|acknowledge|state|highlight|(?:remind|tell) (?:listeners|people|the audience))(?:\s+that)?\s+/i;
const SHORTEN =
  /\b(?:shorter|shorten|trim|tighten|too long|cut (?:it |this |the script |the episode )?(?:down|back)|cut (?:the )?length)\b/i;
const MINUTES_CAP =
  /\b(?:under|below|at most|no (?:more|longer) than|within|max(?:imum)?(?: of)?|less than|(?:cut|trim|shorten|bring)(?: it| this| the script| the episode)?(?: down| back)? to)\s+(\d+(?:\.\d+)?)\s*(?:min(?:ute)?s?)\b/i;
/** "a caveat about the small sample size": said as "the small sample size is a real caveat". */
const CAVEAT = /^(?:a|one|the) (?:caveat|warning|word of caution) (?:about|on|regarding|that)\s+(.+?)[.!]?$/i;

/** "double", “curly” or 'single' quotes; a single quote only when it is not an apostrophe. */
const QUOTED = /"([^"]+)"|“([^”]+)”|(?<![\p{L}])'([^']+)'(?![\p{L}])|‘([^’]+)’/gu;

function quotedIn(sentence: string): string[] {
  return [...sentence.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]!).trim()).filter(Boolean);
}

/** "banned phrases: game-changer, no-brainer" (a list without quotes). */
function listedIn(sentence: string): string[] {
  const list = /phrases?\s*[:=]\s*(.+)$/i.exec(sentence)?.[1];
  return list
    ? list
        .split(/,|\band\b/)
        .map((p) => p.trim().replace(/[.;]$/, ""))
        .filter(Boolean)
    : [];
}

/** What the editor asked to be said, as the hosts would say it: a caveat is stated, not announced. */
function statementOf(asked: string): string {
  const caveat = CAVEAT.exec(asked.trim())?.[1];
  return asSentence(continueSentence(caveat ? `${caveat} is a real caveat` : asked));
}

/**
 * Reads an editor's comment or a brand check's feedback into what the writer can act on. Deterministic and
 * conservative: what it cannot classify is kept as a note to acknowledge, never dropped.
 */
export function readGuidance(guidance: string | null): GuidanceNotes {
  const notes: GuidanceNotes = { avoid: [], include: [], statements: [], shorten: null, notes: [], checks: [] };
  if (!guidance?.trim()) return notes;
  const lines = guidance
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  notes.checks = lines.filter((l) => CHECK.test(l));
  const sentences = lines
    .filter((l) => !CHECK.test(l))
    .flatMap((l) => l.split(/(?<=[.!?;]["'”’)]?)\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    const phrases = quotedIn(sentence);
    const named = phrases.length > 0 ? phrases : listedIn(sentence);
    if (AVOID.test(sentence) && named.length > 0) notes.avoid.push(...named);
    else if (INCLUDE.test(sentence) && named.length > 0) notes.include.push(...named);
    // "Mention that naps under 30 minutes help" is something to say, not a length to keep to.
    else if (ASK_TO_SAY.test(sentence)) notes.statements.push(statementOf(sentence.replace(ASK_TO_SAY, "")));
    else if (MINUTES_CAP.test(sentence) || SHORTEN.test(sentence)) {
      const minutes = Number(MINUTES_CAP.exec(sentence)?.[1] ?? NaN);
      const caps = [minutes, notes.shorten?.minutes ?? NaN].filter((m) => Number.isFinite(m) && m > 0);
      notes.shorten = { minutes: caps.length ? Math.min(...caps) : null };
    } else notes.notes.push(asSentence(sentence));
  }
  return notes;
}
