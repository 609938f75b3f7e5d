import type { LineGuidance } from "@/lib/domain/line-comment";
import { locateLine } from "@/lib/domain/line-comment";
import { readGuidance } from "@/lib/text/read-guidance";
import { capitalize, countWords } from "@/lib/text/spoken-form";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { includesPhrase, removePhrases } from "../invariants/scrub-phrases";
import { sayStatement } from "./script-beats";
import type { Line } from "./script-state";

type Segments = { title: string; lines: Line[] }[];

/** "Cut this", "remove these lines", "drop it": the commented lines go. */
const CUT_LINES = /^(?:please\s+)?(?:cut|remove|delete|drop|lose|scrap|skip)\b/i;
const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+/;
/** A statement is already said when a line of the range carries this share of its content words. */
const SAID_SHARE = 0.8;

/**
 * Acts on each comment at its own lines and nowhere else: a phrase to avoid leaves those lines; something to say is
 * said by the host of the range's last line, right after it; "cut this" removes the lines (a line with a required
 * phrase stays); "too long" keeps the first half of each line's sentences. Comments are applied from the last range
 * up, so the numbers of the ones above still hold; a range overlapping one already applied is left, as is a comment
 * with nothing the offline writer can do. Returns the lines added, so a later cut of length keeps them.
 */
export function reviseLines(
  segments: Segments,
  comments: readonly LineGuidance[],
  required: readonly string[],
): { segments: Segments; added: Set<Line> } {
  const out = segments.map((s) => ({ title: s.title, lines: [...s.lines] }));
  const added = new Set<Line>();
  let floor = Infinity; // first line of the last range applied: ranges reaching it are left
  const order = [...comments].sort((x, y) => y.firstLine - x.firstLine);
  order.forEach((comment, i) => {
    if (comment.lastLine >= floor) return;
    const first = locateLine(out, comment.firstLine);
    const last = locateLine(out, comment.lastLine);
    if (!first || !last) return;
    const acted = applyComment(out, first, last, comment.text, i, required, added);
    if (acted) floor = comment.firstLine;
  });
  return { segments: out, added };
}

type At = { segment: number; index: number };

/** The range's lines as [segment, index] pairs, in order (a range may cross a segment's end). */
function rangeOf(segments: Segments, first: At, last: At): At[] {
  const at: At[] = [];
  for (let s = first.segment; s <= last.segment; s++) {
    const from = s === first.segment ? first.index : 0;
    const to = s === last.segment ? last.index : segments[s]!.lines.length - 1;
    for (let l = from; l <= to; l++) at.push({ segment: s, index: l });
  }
  return at;
}

function applyComment(
  segments: Segments,
  first: At,
  last: At,
  text: string,
  n: number,
  required: readonly string[],
  added: Set<Line>,
): boolean {
  const notes = readGuidance(text);
  const range = rangeOf(segments, first, last);
  const lineAt = (a: At) => segments[a.segment]!.lines[a.index]!;
  const set = (a: At, line: Line | null) => {
    if (line) segments[a.segment]!.lines[a.index] = line;
    else segments[a.segment]!.lines.splice(a.index, 1);
  };
  const keep = (l: Line) => required.some((p) => includesPhrase(l.text, p));

  if (notes.avoid.length) {
    let changed = false;
    // From the end, so removing an emptied line does not move the ones still to visit.
    for (const a of [...range].reverse()) {
      const line = lineAt(a);
      if (!notes.avoid.some((p) => includesPhrase(line.text, p))) continue;
      const rest = removePhrases(line.text, notes.avoid).trim();
      set(a, rest ? { ...line, text: rest } : null);
      changed = true;
    }
    return changed;
  }
  if (notes.statements.length) {
    const said = range.map((a) => contentWords(lineAt(a).text));
    const fresh = notes.statements.filter((statement) => {
      const words = contentWords(statement);
      return !said.some((w) => words.size > 0 && sharedCount(words, w) / words.size >= SAID_SHARE);
    });
    const host = lineAt(last).speaker;
    fresh.forEach((statement, i) => {
      const line = { speaker: host, text: capitalize(sayStatement(statement, n + i)) };
      segments[last.segment]!.lines.splice(last.index + 1 + i, 0, line);
      added.add(line);
    });
    return fresh.length > 0;
  }
  if (CUT_LINES.test(text.trim())) {
    const cut = [...range].reverse().filter((a) => !keep(lineAt(a)));
    cut.forEach((a) => set(a, null));
    return cut.length > 0;
  }
  if (notes.shorten) {
    let changed = false;
    for (const a of range) {
      const line = lineAt(a);
      const sentences = line.text.trim().split(SENTENCE_END);
      if (sentences.length < 2 || keep(line)) continue;
      const kept = sentences.slice(0, Math.ceil(sentences.length / 2)).join(" ");
      if (countWords(kept) < countWords(line.text)) {
        set(a, { ...line, text: kept });
        changed = true;
      }
    }
    if (!changed && range.length > 1) {
      // Lines of one sentence each: the range keeps its first line.
      const cut = range
        .slice(1)
        .reverse()
        .filter((a) => !keep(lineAt(a)));
      cut.forEach((a) => set(a, null));
      changed = cut.length > 0;
    }
    return changed;
  }
  return false;
}
