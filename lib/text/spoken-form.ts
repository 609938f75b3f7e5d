/** Words as a listener hears them counted: runs of letters or digits ("20%" is one, "next-morning" two). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?]["'”’)]?$/.test(t) ? t : `${t}.`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words that start a sentence without being a name, so they can be lowercased to continue another sentence. */
const COMMON_OPENERS = new Set(
  (
    "the a an in on at for this that these those there it its people participants researchers scientists most many " +
    "some one two when after while during if although because by across among according adults children students " +
    "back take plus longer shorter waking losing without within " +
    "short long more less only even just over under between our their we they what how why"
  ).split(" "),
);

/** "The sample was small" -> "the sample was small", but "Walker found" and "REM sleep" keep their capitals. */
export function continueSentence(text: string): string {
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? "";
  return COMMON_OPENERS.has(first.toLowerCase()) && first.slice(1) === first.slice(1).toLowerCase()
    ? lowerFirst(text)
    : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** For a title or description said mid-sentence: "Naps and recall" -> "naps and recall", but "REM sleep" stays. */
export function inSentence(text: string): string {
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? "";
  return first.length > 1 && first === first.toUpperCase() ? text : lowerFirst(text);
}

/** Strips what reads on a page but not aloud: Markdown emphasis and links, citations in brackets, parentheses. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[\d+(?:[,–-]\s*\d+)*\]/g, "")
    .replace(/\s*\((?:[^()]*\d{4}[^()]*|see [^()]*)\)/gi, "")
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .trim();
}
