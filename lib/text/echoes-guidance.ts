import { readGuidance } from "./read-guidance";

/** The frame the writer once put an editor's note on air with, and others like it: never a line of an episode. */
const EDITOR_FRAME =
  /\b(?:note|comment|feedback|request) from (?:our|the) editor\b|\bour editor (?:asked|wants|said|says)\b/i;

/** Runs of this many words shared with the comment mean the line reads the comment out. */
const RUN = 4;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

function runsOf(text: string): Set<string> {
  const words = wordsOf(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(" "));
  return runs;
}

/**
 * Whether a spoken line reads an editor's comment out (or says there was one) instead of acting on it. What the
 * comment asks to be said ("Mention that the sample was small") and phrases it asks to include may be said; any
 * other run of four of the comment's words may not.
 */
export function echoesGuidance(text: string, guidance: string | null): boolean {
  if (EDITOR_FRAME.test(text)) return true;
  if (!guidance?.trim()) return false;
  const notes = readGuidance(guidance);
  const allowed = new Set([...notes.statements, ...notes.include].flatMap((s) => [...runsOf(s)]));
  const said = runsOf(text);
  return [...runsOf(guidance)].some((run) => !allowed.has(run) && said.has(run));
}
