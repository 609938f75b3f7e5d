import { contentWords, sharedCount } from "@/lib/text/content-words";
import { splitSentences } from "@/lib/text/split-sentences";
import { formatChapterTime, type Chapter } from "./chapters";
import type { Script } from "./script";

/** What generated show notes are made of, read from the episode's brief, final script and research. */
export interface ShowNotesMaterial {
  topic: string;
  /** The script the master was voiced from (null before there is one). */
  script: Script | null;
  /** The research brief's key points, each resting on supported claims. */
  keyPoints: readonly string[];
  chapters: readonly Chapter[];
  sources: readonly { title: string; url: string | null; excluded: boolean }[];
  /** Claims with their effective verdict (the editor's override counts) and the source each cites. */
  claims: readonly {
    text: string;
    verdict: string;
    source: { title: string; url: string | null; excluded: boolean };
  }[];
}

const SUMMARY_SENTENCES = 3;
const MAX_SOURCES = 30;
const MAX_CLAIMS = 12;
// What hosts say to the listener rather than about the topic: no use in a summary.
const TALK_TO_LISTENER =
  /\b(?:I'm|I am|welcome|thanks for|thank you|let us know|join us|see you|next time|today it's all about|today:|our question for you)\b/i;

/** Text shown as itself in Markdown: the characters that would start markup, links or raw HTML are escaped. */
export const escapeMarkdown = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_[\]<>#|!~])/g, "\\$1");

/** A web address fit for a Markdown link (http or https only); null for anything else. */
function linkTarget(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    // What would end a Markdown link target early; URL.href has already encoded spaces and quotes.
    return parsed.href.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

const linked = (title: string, url: string | null) => {
  const target = linkTarget(url);
  return target ? `[${escapeMarkdown(title)}](${target})` : escapeMarkdown(title);
};

/** A statement the hosts make about the topic (not a question, greeting or aside), long enough to say something. */
function isStatement(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  return /[.!]["'”’)]*$/.test(sentence) && words >= 8 && words <= 45 && !TALK_TO_LISTENER.test(sentence);
}

/**
 * A few sentences saying what the episode finds: the brief's key points first (the facts the script rests on),
 * then statements from the script's body (its first segment greets the listener), else the topic itself.
 */
export function summaryOf(material: Pick<ShowNotesMaterial, "topic" | "script" | "keyPoints">): string {
  const picked: { text: string; words: Set<string> }[] = [];
  // A sentence saying mostly what one already picked says (the script restating a key point) is left out.
  const repeats = (words: Set<string>) =>
    picked.some((p) => sharedCount(words, p.words) >= 0.6 * Math.max(1, Math.min(words.size, p.words.size)));
  const add = (sentence: string) => {
    const text = sentence.replace(/\s+/g, " ").trim();
    const words = contentWords(text);
    if (text && picked.length < SUMMARY_SENTENCES && !repeats(words)) picked.push({ text, words });
  };
  for (const point of material.keyPoints) {
    const first = splitSentences(point).find((s) => !s.heading)?.text;
    if (first && isStatement(first)) add(first);
  }
  const segments = material.script?.segments ?? [];
  for (const segment of segments.length > 1 ? segments.slice(1) : segments)
    for (const line of segment.lines)
      for (const sentence of splitSentences(line.text))
        if (!sentence.heading && isStatement(sentence.text)) add(sentence.text);
  if (picked.length === 0) {
    const topic = material.topic.replace(/\s+/g, " ").trim();
    add(/[.!?]$/.test(topic) ? topic : `${topic.charAt(0).toUpperCase()}${topic.slice(1)}.`);
  }
  return escapeMarkdown(picked.map((p) => p.text).join(" "));
}

/**
 * Generated show notes in Markdown: a summary, the chapters with their start times, the sources the episode used
 * (those an editor excluded left out) with links, and the key claims the fact check supports (the effective verdict,
 * so an editor's override counts) with the source each cites.
 */
export function composeShowNotes(material: ShowNotesMaterial): string {
  const parts = [summaryOf(material)];
  if (material.chapters.length > 0)
    parts.push(
      [
        "## Chapters",
        "",
        ...material.chapters.map((c) => `- ${formatChapterTime(c.startMs)} ${escapeMarkdown(c.title)}`),
      ].join("\n"),
    );
  const sources = material.sources.filter((s) => !s.excluded).slice(0, MAX_SOURCES);
  if (sources.length > 0)
    parts.push(["## Sources", "", ...sources.map((s) => `- ${linked(s.title, s.url)}`)].join("\n"));
  const claims = material.claims.filter((c) => c.verdict === "SUPPORTED" && !c.source.excluded).slice(0, MAX_CLAIMS);
  if (claims.length > 0)
    parts.push(
      [
        "## Key claims",
        "",
        ...claims.map((c) => `- ${escapeMarkdown(c.text)} (source: ${linked(c.source.title, c.source.url)})`),
      ].join("\n"),
    );
  return `${parts.join("\n\n")}\n`;
}
