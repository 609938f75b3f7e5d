import type { ScriptLine } from "@/lib/domain/script-lines";
import { META_TALK } from "@/lib/text/cues";
import { splitSentences } from "@/lib/text/split-sentences";

/**
 * A sentence that is nothing but a prompt, an agreement or an exclamation any script could hold ("Tell me more.",
 * "Absolutely.", "It really is fascinating.").
 */
const STOCK_SENTENCE =
  /^(?:(?:oh|and|so|well|okay|ok|yes|yeah|right|go on)\s+)*(?:tell me more|and then|then what|what else|what's next|what's the (?:next|first|last) one|go on|go ahead|absolutely|exactly|right|true|(?:that's )?so true|that's (?:a )?(?:good|great|fair) point|great (?:point|question)|good question|fair enough|i couldn't agree more|it (?:really )?(?:is|does)|i hope so|wow|really|indeed|i see|(?:that )?makes sense|(?:it's |it is |it really is |that's |that is )?(?:so |really )?(?:fascinating|interesting|amazing|incredible))$/;
/** A sentence this short said twice is assent or a name ("Pretty much.", "I'm Maya Chen."), not a repeated line. */
const REPEAT_MIN_WORDS = 4;

/** Lower-case words joined by single spaces: the same sentence said with other punctuation reads alike. */
export const plainText = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(" ");

export interface StockTalk {
  sentences: number;
  /** Sentences a listener hears as a template rather than the hosts talking. */
  stockSentences: number;
  /** Line numbers of lines made only of such sentences. */
  stockLines: Set<number>;
}

/**
 * Template talk, sentence by sentence: ordinal meta-talk ("the first finding"), a sentence said before word for word,
 * or a stock prompt or agreement. A line is stock when every sentence of it is.
 */
export function stockTalk(lines: readonly ScriptLine[]): StockTalk {
  const said = new Set<string>();
  const result: StockTalk = { sentences: 0, stockSentences: 0, stockLines: new Set() };
  for (const l of lines) {
    const sentences = splitSentences(l.text).map((s) => ({ raw: s.text, text: plainText(s.text) }));
    let stock = 0;
    for (const s of sentences) {
      if (META_TALK.test(s.raw) || said.has(s.text) || STOCK_SENTENCE.test(s.text)) stock++;
      if (s.text.split(" ").length >= REPEAT_MIN_WORDS) said.add(s.text);
    }
    result.sentences += sentences.length;
    result.stockSentences += stock;
    if (sentences.length > 0 && stock === sentences.length) result.stockLines.add(l.line);
  }
  return result;
}
