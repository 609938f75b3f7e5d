import { splitSentences } from "@/lib/text/split-sentences";
import { expandAbbreviations } from "./abbreviations";
import { spellAcronyms } from "./acronyms";
import { applyLexicon, type LexiconEntry } from "./lexicon";
import { renderMarkup, stripEmphasis, type SpeechEngine } from "./markup";
import { normalizeNumbers } from "./normalize-numbers";
import type { SpeechChange } from "./rewrite";
import { DEFAULT_MAX_SENTENCE_WORDS, splitLongSentence } from "./split-long-sentences";
import { speakUrls } from "./urls";

export interface SpeechOptions {
  lexicon: readonly LexiconEntry[];
  engine: SpeechEngine;
  maxSentenceWords?: number;
  /** Speaking rate change in percent (-10 = 10% slower); SSML and SABLE only. */
  rate?: number;
}

export interface OptimizedSpeech {
  /** The rewritten text (blank line between segments, `*emphasis*` kept), for review and editing. */
  text: string;
  /** Exactly the words to be said: no markup, no emphasis marks. */
  spokenText: string;
  /** What the engine is sent: an SSML fragment, SABLE, or plain text with pauses. */
  markup: string;
  changes: SpeechChange[];
}

/**
 * Text written for the page made ready for a speech engine. Paragraphs (blank-line separated) are segments.
 * Rewrites run in an order where each protects the next: addresses first (their dots and digits), then the show's
 * lexicon (before acronyms are spelled), abbreviations (before "No. 5" loses its number), numbers, acronyms,
 * and last long sentences are cut.
 */
export function optimizeForSpeech(text: string, options: SpeechOptions): OptimizedSpeech {
  const changes: SpeechChange[] = [];
  const maxWords = options.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  const segments = text
    .split(/\n\s*\n/)
    .map((segment) => segment.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((segment) => {
      let t = speakUrls(segment, changes);
      t = applyLexicon(t, options.lexicon, changes);
      t = expandAbbreviations(t, changes);
      t = normalizeNumbers(t, changes);
      // Split before spelling acronyms: "U C L A." would read to the splitter like an initial, not a sentence end.
      return splitSentences(t).flatMap((s) => splitLongSentence(spellAcronyms(s.text, changes), maxWords, changes));
    });
  const rewritten = segments.map((sentences) => sentences.join(" ")).join("\n\n");
  return {
    text: rewritten,
    spokenText: stripEmphasis(rewritten),
    markup: renderMarkup(segments, options.engine, options.rate),
    changes,
  };
}
