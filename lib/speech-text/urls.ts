import { rewrite, type SpeechChange } from "./rewrite";

const SYMBOLS: Record<string, string> = {
  ".": "dot",
  "/": "slash",
  "-": "dash",
  _: "underscore",
  "@": "at",
  ":": "colon",
  "?": "question mark",
  "=": "equals",
  "&": "and",
  "#": "hash",
  "~": "tilde",
  "+": "plus",
};
/** Without a scheme, a web address is only recognised by a common top-level domain, so "e.g." or "3.5" are not. */
const TLD = "com|org|net|io|edu|gov|co|uk|fm|ai|dev|app|info|me|tv|us|ca|de|fr|eu";
const URL = new RegExp(
  String.raw`(?<![\w@.])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:${TLD})\b(?:\/[^\s]*[^\s.,;:!?)"'])?\/?`,
  "gi",
);
const EMAIL = /(?<![\w.])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi;

/** "www.example.com/a-b" -> "w w w dot example dot com slash a dash b". */
function speakAddress(address: string): string {
  return address
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "w w w.")
    .split(/([./\-_@:?=&#~+])/)
    .filter(Boolean)
    .map((part) => SYMBOLS[part] ?? part)
    .join(" ");
}

/** Emails first (they contain a domain), then web addresses, with their symbols said aloud. */
export function speakUrls(text: string, changes: SpeechChange[]): string {
  const t = rewrite(text, EMAIL, "email", changes, (m) => speakAddress(m[0]));
  return rewrite(t, URL, "url", changes, (m) => speakAddress(m[0]));
}
