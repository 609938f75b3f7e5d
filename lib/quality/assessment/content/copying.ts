import { plainWords, type LineTerms } from "./line-terms";

/** Runs of six words in a row shared with a source are copied; a line is read aloud when they cover 60% of it. */
const RUN = 6;
const COPIED_SHARE = 0.6;
/** Shorter lines are too short to tell a quote from a common phrase. */
const MIN_WORDS = 8;

function runsOf(texts: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const t of texts) {
    const words = plainWords(t);
    for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(" "));
  }
  return runs;
}

/** Lines of at least eight words, and how many of them are mostly a source's own words in its own order. */
export function measureCopying(lines: readonly LineTerms[], sources: readonly string[]) {
  const runs = runsOf(sources);
  const long = lines.filter((l) => l.words.length >= MIN_WORDS);
  const copied = long.filter((l) => {
    const covered = new Array<boolean>(l.words.length).fill(false);
    for (let i = 0; i + RUN <= l.words.length; i++)
      if (runs.has(l.words.slice(i, i + RUN).join(" "))) covered.fill(true, i, i + RUN);
    return covered.filter(Boolean).length / l.words.length >= COPIED_SHARE;
  });
  return { substantiveLines: long.length, copiedLines: copied.length };
}
