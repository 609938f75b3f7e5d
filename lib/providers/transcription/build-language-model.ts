import { normalizeWords } from "@/lib/text/wer";

/** Absolute discount taken from every seen bigram and given to the unigram back-off. */
const DISCOUNT = 0.5;

const log10 = (p: number) => Math.log10(p).toFixed(4);

/** The script as sentences of normalised words, keeping only words `known` (those with a pronunciation). */
export function scriptSentences(script: string, known: (word: string) => boolean): string[][] {
  return script
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => normalizeWords(sentence).filter(known))
    .filter((words) => words.length > 0);
}

/**
 * An ARPA back-off bigram model of one script (absolute discounting, unigrams mixed with a uniform floor so any
 * script word can follow any other). Recognising against it turns "what was said?" into "was the script said?":
 * right audio decodes almost perfectly, wrong audio decodes into a jumble that scores a high WER.
 */
export function buildLanguageModel(sentences: string[][]): string {
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    const tokens = ["<s>", ...sentence, "</s>"];
    tokens.forEach((w, i) => {
      unigrams.set(w, (unigrams.get(w) ?? 0) + 1);
      if (i === 0) return;
      const followers = bigrams.get(tokens[i - 1]!) ?? new Map<string, number>();
      followers.set(w, (followers.get(w) ?? 0) + 1);
      bigrams.set(tokens[i - 1]!, followers);
    });
  }
  const predictable = [...unigrams.keys()].filter((w) => w !== "<s>");
  const total = predictable.reduce((n, w) => n + unigrams.get(w)!, 0);
  const unigramP = (w: string) => 0.5 * (unigrams.get(w)! / total) + 0.5 / predictable.length;

  const backoff = (history: string) => {
    const followers = bigrams.get(history);
    if (!followers) return 1;
    const seen = [...followers.values()].reduce((n, c) => n + c, 0);
    const left = 1 - [...followers.keys()].reduce((p, w) => p + unigramP(w), 0);
    return left > 1e-6 ? (DISCOUNT * followers.size) / seen / left : 1e-6;
  };

  const unigramLines = [...unigrams.keys()].map((w) =>
    w === "<s>"
      ? `-99.0000 <s> ${log10(backoff(w))}`
      : w === "</s>"
        ? `${log10(unigramP(w))} </s>`
        : `${log10(unigramP(w))} ${w} ${log10(backoff(w))}`,
  );
  const bigramLines = [...bigrams].flatMap(([history, followers]) => {
    const seen = [...followers.values()].reduce((n, c) => n + c, 0);
    return [...followers].map(([w, c]) => `${log10((c - DISCOUNT) / seen)} ${history} ${w}`);
  });
  return [
    "\\data\\",
    `ngram 1=${unigramLines.length}`,
    `ngram 2=${bigramLines.length}`,
    "",
    "\\1-grams:",
    ...unigramLines,
    "",
    "\\2-grams:",
    ...bigramLines,
    "",
    "\\end\\",
    "",
  ].join("\n");
}
