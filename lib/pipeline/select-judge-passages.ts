/** A stretch of one source, as the judge reads it. */
export interface JudgePassage {
  sourceId: string;
  text: string;
  start: number;
}

/** How much of the sources the judge reads in all: enough to check what the script says, a bounded bill. */
export const JUDGE_SOURCE_CHARS = 24_000;
/** One cited passage at most: a quote is a sentence or two, never a whole source. */
const MAX_QUOTE_CHARS = 1_200;
/** Passages the judge's input takes (judgeContentInputSchema). */
export const MAX_JUDGE_PASSAGES = 200;

export interface JudgePassageInputs {
  sources: { id: string; content: string }[];
  /** The passages the brief's key points cite (their claims' quotes), in key-point order. */
  cited: { sourceId: string; quote: string; start?: number }[];
  /** The source sentences the script's factual statements were checked against, in script order. */
  evidence: { sourceId: string; quote: string; start?: number }[];
}

/**
 * What the judge reads of the sources, within `budget` characters. Its accuracy score is only as good as the
 * passages it is shown, so they go first: the passages the key points cite (what the script must get right), then
 * the sentences the script's own statements rest on (what it actually says), each once. Whatever is left is shared
 * equally between the sources' openings, so that a source nothing cites is still seen. An equal share alone gave
 * ten sources 2,400 characters each: the judge then checked claims against openings that did not hold them.
 */
export function selectJudgePassages(input: JudgePassageInputs, budget = JUDGE_SOURCE_CHARS): JudgePassage[] {
  const byId = new Map(input.sources.map((s) => [s.id, s.content]));
  const chosen: JudgePassage[] = [];
  const seen = new Set<string>();
  let left = budget;
  // Room is kept for one opening per source (up to the limit), so that every source is seen.
  const maxChosen = MAX_JUDGE_PASSAGES - Math.min(input.sources.length, MAX_JUDGE_PASSAGES / 2);
  for (const { sourceId, quote, start } of [...input.cited, ...input.evidence]) {
    if (chosen.length >= maxChosen) break;
    const content = byId.get(sourceId);
    const text = quote.trim().slice(0, MAX_QUOTE_CHARS);
    if (content === undefined || !text || text.length > left) continue;
    // Only the source's own words, at their place: a quote the source does not hold is not shown as its text.
    const at = start !== undefined && content.startsWith(text, start) ? start : content.indexOf(text);
    const key = `${sourceId}:${at}`;
    if (at < 0 || seen.has(key)) continue;
    seen.add(key);
    chosen.push({ sourceId, text, start: at });
    left -= text.length;
  }
  const opened = input.sources.slice(0, MAX_JUDGE_PASSAGES - chosen.length);
  const share = Math.floor(left / Math.max(1, opened.length));
  const openings = share > 0 ? opened.map((s) => ({ sourceId: s.id, text: s.content.slice(0, share), start: 0 })) : [];
  return [...chosen, ...openings.filter((p) => p.text)];
}
