import { readFile } from "node:fs/promises";

/** Pronunciations by word, from a CMU-format dictionary ("word P R O N", variants as "word(2) ..."). */
export type Pronunciations = Map<string, string[]>;

const cache = new Map<string, Promise<Pronunciations>>();

export function parsePronunciations(dictionary: string): Pronunciations {
  const entries: Pronunciations = new Map();
  for (const line of dictionary.split("\n")) {
    const match = /^(\S+?)(?:\(\d+\))?\s+(.+?)\s*$/.exec(line);
    if (!match) continue;
    const list = entries.get(match[1]!) ?? [];
    list.push(match[2]!);
    entries.set(match[1]!, list);
  }
  return entries;
}

/** The general dictionary, read once per process (about 130,000 words). */
export function loadPronunciations(file: string): Promise<Pronunciations> {
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = readFile(file, "utf8").then(parsePronunciations);
    cache.set(file, loaded);
  }
  return loaded;
}

/** A pocketsphinx dictionary holding just `words`, every variant of each. */
export function dictionaryFor(words: Iterable<string>, pronunciations: Pronunciations): string {
  const lines: string[] = [];
  for (const word of new Set(words)) {
    (pronunciations.get(word) ?? []).forEach((pron, i) =>
      lines.push(`${i === 0 ? word : `${word}(${i + 1})`} ${pron}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
