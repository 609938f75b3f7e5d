import type { Script } from "@/lib/domain/script";
import type { ReviseScriptInput } from "../schemas";
import { ensureRequiredPhrases } from "../invariants/ensure-required-phrases";
import { includesPhrase, removePhrases } from "../invariants/scrub-phrases";
import { WORDS_PER_MINUTE } from "@/lib/domain/spoken-length";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { findNumbers } from "@/lib/text/find-numbers";
import { readGuidance } from "@/lib/text/read-guidance";
import { capitalize, countWords } from "@/lib/text/spoken-form";
import { reviseLines } from "./revise-lines";
import { sayStatement } from "./script-beats";
import type { Line } from "./script-state";

type Segments = { title: string; lines: Line[] }[];

/** A cut asked for without a length takes the script to this share of its words. */
const UNNAMED_CUT = 0.85;
const SAMPLE_TALK = /\b(?:sample|participants|group size|how many people)\b/i;
/** A statement already said when a line carries this share of its content words. */
const SAID_SHARE = 0.8;

const wordsOf = (segments: Segments) =>
  segments.reduce((n, s) => n + s.lines.reduce((m, l) => m + countWords(l.text), 0), 0);

/** Sentences with a phrase to avoid go, in the lines that have them and nowhere else; a line left empty goes. */
function dropPhrases(segments: Segments, avoid: readonly string[]): Segments {
  return segments.map((s) => ({
    title: s.title,
    lines: s.lines.flatMap((l) => {
      if (!avoid.some((p) => includesPhrase(l.text, p))) return [l];
      const text = removePhrases(l.text, avoid).trim();
      return text ? [{ ...l, text }] : [];
    }),
  }));
}

/**
 * Where a statement goes: after the line sharing most content words with it (after the answer, when that line is a
 * question), said by the host of that line; with no line in common, at the end of the body, before the wrap-up.
 */
function placeFor(segments: Segments, statement: string): { segment: number; index: number } | null {
  const words = contentWords(statement);
  // "The sample was small" is about the line that gives a group's size ("48 students"), though no word is shared.
  const aboutSample = SAMPLE_TALK.test(statement);
  let best = { segment: 0, index: 0, score: 0 };
  segments.forEach((s, i) =>
    s.lines.forEach((l, j) => {
      const sample = aboutSample ? findNumbers(l.text).filter((q) => q.kind === "sample").length : 0;
      const score = sharedCount(words, contentWords(l.text)) + sample;
      if (score > best.score) best = { segment: i, index: j, score };
    }),
  );
  if (best.score > 0) {
    const { segment, index } = best;
    const lines = segments[segment]!.lines;
    return { segment, index: lines[index]!.text.trim().endsWith("?") && lines[index + 1] ? index + 1 : index };
  }
  const body = Math.max(0, segments.length - 2);
  const lines = segments[body]?.lines.length ?? 0;
  return lines > 0 ? { segment: body, index: lines - 1 } : null;
}

function alreadySaid(segments: Segments, statement: string): boolean {
  const words = contentWords(statement);
  return segments.some((s) =>
    s.lines.some((l) => words.size > 0 && sharedCount(words, contentWords(l.text)) / words.size >= SAID_SHARE),
  );
}

/**
 * Cuts whole exchanges (a question and its answer, or a line) until the script is within `target` words: first those
 * with no figure and least about the topic, longest first, so as few lines as possible go. A segment's opening line,
 * the sign-off, lines with a required phrase and `keep` stay.
 */
function shorten(segments: Segments, target: number, topic: string, keep: (l: Line) => boolean): Segments {
  const topicWords = contentWords(topic);
  const units: { segment: number; indexes: number[]; rank: number; words: number }[] = [];
  segments.forEach((s, i) => {
    const last = i === segments.length - 1 ? s.lines.length - 2 : s.lines.length;
    for (let j = 1; j < last; j++) {
      const line = s.lines[j]!;
      const next = s.lines[j + 1];
      const pair = line.text.trim().endsWith("?") && next && j + 1 < last && next.speaker !== line.speaker;
      const indexes = pair ? [j, j + 1] : [j];
      if (pair) j++;
      const lines = indexes.map((k) => s.lines[k]!);
      if (lines.some(keep)) continue;
      const text = lines.map((l) => l.text).join(" ");
      const rank = (/\d/.test(text) ? 100 : 0) + sharedCount(contentWords(text), topicWords);
      units.push({ segment: i, indexes, rank, words: countWords(text) });
    }
  });
  units.sort((a, b) => a.rank - b.rank || b.words - a.words);
  const cut = new Set<string>();
  let words = wordsOf(segments);
  for (const unit of units) {
    if (words <= target) break;
    unit.indexes.forEach((k) => cut.add(`${unit.segment}:${k}`));
    words -= unit.words;
  }
  return segments.map((s, i) => ({ title: s.title, lines: s.lines.filter((_, j) => !cut.has(`${i}:${j}`)) }));
}

/**
 * The offline revision: it starts from the given script (an editor's edits included) and changes only what the
 * guidance is about. Phrases to avoid leave the lines that have them; what the editor asked to be said is added next
 * to the line most about it, in the host's words; each line comment is acted on at its own lines (see reviseLines);
 * a cut in length removes whole exchanges, never a line the editor
 * wrote; missing required phrases
 * are added. Every other line is kept byte for byte, and the guidance itself is never said: an instruction it
 * cannot act on ("less jargon") changes nothing, it is not read out.
 */
export function reviseScript(input: ReviseScriptInput): Script {
  const notes = readGuidance(input.guidance);
  const avoid = [...input.show.bannedPhrases, ...notes.avoid].filter((p) => p.trim());
  const required = [...new Set([...input.show.requiredPhrases, ...notes.include])].filter((p) => p.trim());
  // Line comments first, on the numbers the editor saw; then the comment on the whole script.
  const byLine = reviseLines(input.script.segments, input.lineGuidance ?? [], required);
  let segments = dropPhrases(byLine.segments, avoid);

  const added = byLine.added;
  notes.statements.forEach((statement, i) => {
    if (alreadySaid(segments, statement)) return;
    const at = placeFor(segments, statement);
    if (!at) return;
    const lines = segments[at.segment]!.lines;
    const line = { speaker: lines[at.index]!.speaker, text: capitalize(sayStatement(statement, i)) };
    lines.splice(at.index + 1, 0, line);
    added.add(line);
  });

  if (notes.shorten) {
    const words = wordsOf(segments);
    const target = notes.shorten.minutes ? notes.shorten.minutes * WORDS_PER_MINUTE : words * UNNAMED_CUT;
    const edited = new Set(input.editorLines);
    segments = shorten(
      segments,
      target,
      input.topic,
      (l) => added.has(l) || edited.has(l.text) || required.some((p) => includesPhrase(l.text, p)),
    );
  }

  const lead = input.script.segments.flatMap((s) => s.lines)[0]?.speaker ?? input.show.hosts[0]?.name ?? "Host";
  return ensureRequiredPhrases({ segments }, required, lead);
}
