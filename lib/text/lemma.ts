import { stem } from "./stem";

/** Common irregular past forms, so "slept" matches "sleep". */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    "slept:sleep ate:eat drank:drink ran:run grew:grow fell:fall rose:rise took:take taken:take gave:give given:give " +
    "made:make got:get kept:keep left:leave lost:lose felt:feel thought:think brought:bring bought:buy taught:teach " +
    "caught:catch led:lead met:meet paid:pay said:say saw:see seen:see told:tell went:go gone:go won:win wrote:write " +
    "written:write drove:drive chose:choose began:begin begun:begin spent:spend built:build sent:send held:hold " +
    "woke:wake woken:wake children:child men:man women:woman mice:mouse"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/**
 * A light stemmer: the search index's plural folding, then -ing/-ed/-ly, a final "e" and a doubled final consonant,
 * so "improve", "improved" and "improving" (and "recall", "recalled") meet. Not a dictionary stemmer; it only has
 * to make two phrasings of one claim agree.
 */
export function lemma(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  let w = stem(lower);
  if (w.length > 5 && w.endsWith("ied")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith("ly")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The words of a text (letters, digits, inner apostrophes and hyphens split), in order. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}
