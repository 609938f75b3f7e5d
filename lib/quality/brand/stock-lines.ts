import type { ScriptLine } from "@/lib/domain/script-lines";
import { META_TALK } from "@/lib/text/cues";
import { splitSentences } from "@/lib/text/split-sentences";

/** A sentence that is nothing but a prompt or an agreement any script could hold ("Tell me more.", "Absolutely."). */
const STOCK_SENTENCE =
  /^(?:(?:oh|and|so|well|okay|ok|yes|yeah|right|go on)\s+)*(?:tell me more|and then|then what|what else|what's next|what's the (?:next|first|last) one|go on|go ahead|interesting|absolutely|exactly|right|true|so true|that's so true|that's (?:a )?(?:good|great|fair) point|great (?:point|question)|good question|fair enough|i couldn't agree more|wow|really|indeed|i see|(?:that )?makes sense)$/;

const plain = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(" ");

/**
 * Lines a listener hears as a template rather than the hosts talking: ordinal meta-talk ("the first finding"), a
 * line said before word for word, or one made only of stock prompts and agreements. Returned as a set of line numbers.
 */
export function stockLines(lines: readonly ScriptLine[]): Set<number> {
  const said = new Set<string>();
  const stock = new Set<number>();
  for (const l of lines) {
    const text = plain(l.text);
    const sentences = splitSentences(l.text).map((s) => plain(s.text));
    if (
      META_TALK.test(l.text) ||
      said.has(text) ||
      (sentences.length > 0 && sentences.every((s) => STOCK_SENTENCE.test(s)))
    )
      stock.add(l.line);
    said.add(text);
  }
  return stock;
}
