import { scriptSchema, type Script } from "./script";
import {
  MAX_LINE_CHARS,
  MAX_SCRIPT_LINES,
  MAX_SCRIPT_SEGMENTS,
  MAX_SCRIPT_TEXT_CHARS,
  MAX_SPOKEN_CHARS,
} from "./script-limits";

/** Problems listed for a refused script: the first ones and a count, not a screenful per line of a wrong file. */
const MAX_LISTED_ERRORS = 20;

export interface ScriptTextError {
  /** 1-based line of the file; 0 for the file as a whole. */
  line: number;
  reason: string;
}

export type ParsedScriptText = { ok: true; script: Script } | { ok: false; errors: ScriptTextError[] };

const TITLE = /^##\s+(.*\S)\s*$/;
const SPOKEN = /^([^:]{1,80}):(.*)$/;

/**
 * A script written as plain text: `## Title` starts a segment, `Speaker Name: text` is a line spoken by one of the
 * show's hosts (named as the show names them; case is not significant), blank lines are ignored. Anything else is
 * refused with its line number and why, every problem at once, so the writer can fix the file in one pass.
 */
export function parseScriptText(text: string, hosts: readonly string[]): ParsedScriptText {
  if (text.length > MAX_SCRIPT_TEXT_CHARS)
    return { ok: false, errors: [{ line: 0, reason: `The script is over ${MAX_SCRIPT_TEXT_CHARS} characters.` }] };
  const byName = new Map(hosts.map((h) => [h.trim().toLowerCase(), h]));
  const segments: (Script["segments"][number] & { at: number })[] = [];
  const errors: ScriptTextError[] = [];
  // Every line ending an editor may save: LF, CRLF, or a lone CR (classic Mac).
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const row = raw.trim();
    if (!row) return;
    const title = TITLE.exec(row);
    if (title) {
      segments.push({ title: title[1]!, lines: [], at: line });
      return;
    }
    const spoken = SPOKEN.exec(row);
    if (!spoken) {
      errors.push({
        line,
        reason: row.startsWith("#")
          ? "a segment title is written `## Title` (two #, a space, then the title)"
          : "not a `## Title` or a `Speaker Name: text` line",
      });
      return;
    }
    const host = byName.get(spoken[1]!.trim().toLowerCase());
    const said = spoken[2]!.trim();
    const reason = !host
      ? `"${spoken[1]!.trim()}" is not one of the show's hosts (${hosts.join(", ")})`
      : !said
        ? `${host} says nothing`
        : said.length > MAX_LINE_CHARS
          ? `the line is over ${MAX_LINE_CHARS} characters`
          : segments.length === 0
            ? "a spoken line before the first `## Title`: start a segment first"
            : null;
    if (reason) errors.push({ line, reason });
    else segments.at(-1)!.lines.push({ speaker: host!, text: said });
  });
  for (const s of segments)
    if (s.lines.length === 0) errors.push({ line: s.at, reason: `the segment "${s.title}" has no spoken lines` });
  if (segments.length === 0 && errors.length === 0)
    errors.push({ line: 0, reason: "The script has no `## Title` segment and no spoken line." });
  const spoken = segments.flatMap((s) => s.lines);
  if (spoken.length > MAX_SCRIPT_LINES)
    errors.push({ line: 0, reason: `The script has ${spoken.length} spoken lines; at most ${MAX_SCRIPT_LINES}.` });
  if (segments.length > MAX_SCRIPT_SEGMENTS)
    errors.push({ line: 0, reason: `The script has ${segments.length} segments; at most ${MAX_SCRIPT_SEGMENTS}.` });
  const chars = spoken.reduce((n, l) => n + l.text.length, 0);
  if (chars > MAX_SPOKEN_CHARS)
    errors.push({ line: 0, reason: `The script's lines hold ${chars} characters; at most ${MAX_SPOKEN_CHARS}.` });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, script: scriptSchema.parse({ segments: segments.map(({ title, lines }) => ({ title, lines })) }) };
}

/** The refusal as lines to read: "line 12: …", the first MAX_LISTED_ERRORS, then how many more there are. */
export function listScriptTextErrors(errors: readonly ScriptTextError[]): string[] {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => `${e.line > 0 ? `line ${e.line}: ` : ""}${e.reason}`);
  const more = errors.length - MAX_LISTED_ERRORS;
  return more > 0 ? [...listed, `… and ${more} more`] : listed;
}
