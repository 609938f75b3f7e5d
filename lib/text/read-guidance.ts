import { asSentence, continueSentence } from "@/lib/text/spoken-form";

export interface GuidanceNotes {
  /** Phrases the draft must not contain (named as banned, overused, to avoid or remove). */
  avoid: string[];
  /** Phrases the draft must contain verbatim (named as required or missing). */
  include: string[];
  /** What to say on air: "Mention that the sample was small" gives "the sample was small". */
  statements: string[];
  /** Comments that are neither: the draft acknowledges them in a line of their own. */
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

/**
 * Reads an editor's comment or a brand check's feedback into what the writer can act on. Deterministic and
 * conservative: what it cannot classify is kept as a note to acknowledge, never dropped.
 */
export function readGuidance(guidance: string | null): GuidanceNotes {
  const notes: GuidanceNotes = { avoid: [], include: [], statements: [], notes: [], checks: [] };
  if (!guidance?.trim()) return notes;
  const lines = guidance
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  notes.checks = lines.filter((l) => CHECK.test(l));
  const sentences = lines
    .filter((l) => !CHECK.test(l))
    .flatMap((l) => l.split(/(?<=[.!?;])\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    const phrases = quotedIn(sentence);
    const named = phrases.length > 0 ? phrases : listedIn(sentence);
    if (AVOID.test(sentence) && named.length > 0) notes.avoid.push(...named);
    else if (INCLUDE.test(sentence) && named.length > 0) notes.include.push(...named);
    else if (ASK_TO_SAY.test(sentence))
      notes.statements.push(asSentence(continueSentence(sentence.replace(ASK_TO_SAY, ""))));
    else notes.notes.push(asSentence(sentence));
  }
  return notes;
}
