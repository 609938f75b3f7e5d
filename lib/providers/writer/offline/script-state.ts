import { removePhrases } from "../invariants/scrub-phrases";
import { shuffled } from "@/lib/text/seeded-random";
import { countWords } from "@/lib/text/spoken-form";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { standsAlone, withHumility } from "./humility";

export interface Line {
  speaker: string;
  text: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** A line says again what an earlier one said when it shares three content words, 60% of the smaller line's. */
const SAME_WORDS = 3;
const SAME_SHARE = 0.6;
function restates(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = sharedCount(a, b);
  return shared >= SAME_WORDS && shared / Math.min(a.size, b.size) >= SAME_SHARE;
}

/**
 * What the offline script writer has said so far. Every line passes through here: phrases to avoid are cut out
 * (whole sentences), and a line said before is refused, so a long episode never repeats itself verbatim. Lines are
 * only remembered once committed, so a beat tried and left out costs nothing.
 */
export class ScriptState {
  private readonly used = new Set<string>();
  private readonly said: Set<string>[] = [];
  private readonly frames = new Map<string, number>();
  private readonly templates = new Set<string>();
  private readonly markers: string[];
  private markerAt = 0;
  private readonly usedMarkers = new Set<string>();

  constructor(
    private readonly random: () => number,
    private readonly avoid: readonly string[],
    markers: readonly string[],
  ) {
    this.markers = shuffled(markers, random);
  }

  /**
   * A line, or null when it would repeat an earlier one, word for word or in other words, or nothing is left once
   * avoided phrases are cut.
   */
  line(speaker: string, text: string): Line | null {
    const clean = removePhrases(text, this.avoid).trim();
    if (!clean || this.used.has(normalise(clean))) return null;
    const words = contentWords(clean);
    return this.said.some((earlier) => restates(words, earlier)) ? null : { speaker, text: clean };
  }

  /** True the first time a template is asked for, false after: a follow-up is asked once an episode, not per point. */
  once(template: string): boolean {
    if (this.templates.has(template)) return false;
    this.templates.add(template);
    return true;
  }

  /** Whether the second line would say again what the first says (the same test as for earlier lines). */
  restates(first: string, second: string): boolean {
    return restates(contentWords(first), contentWords(second));
  }

  /**
   * The next of a list of frames ("What about {s}?") filled with a subject: each frame once an episode, from a
   * seeded start, so questions vary; the list starts over only when every frame has been used.
   */
  frame(key: string, frames: readonly string[], subject: string): string {
    const at = this.frames.get(key) ?? Math.floor(this.random() * frames.length);
    this.frames.set(key, at + 1);
    return frames[at % frames.length]!.replace("{s}", subject);
  }

  /** The first variant, from a rotating start, that is neither said before nor avoided. */
  pick(variants: readonly string[]): string | null {
    const start = Math.floor(this.random() * variants.length);
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(start + i) % variants.length]!;
      if (!this.used.has(normalise(v)) && removePhrases(v, this.avoid) === v) return v;
    }
    return null;
  }

  /**
   * The sentence with the next humility marker in turn, so an episode uses the show's markers in rotation. A
   * marker that cites a study ("one study found") only fronts a finding; one said as a sentence of its own ("We don't
   * know yet.") only fronts a doubt, the thin claim it is about: before a finding or a question it makes no sense.
   */
  humble(sentence: string, kind: "finding" | "statement" | "doubt" = "finding"): string {
    const citesStudy = (m: string) => /\b(?:stud(?:y|ies)|found|finds|research)\b/i.test(m);
    // "The evidence suggests that… the evidence on naps": a marker whose words the sentence has says it twice.
    const echoes = (m: string) => m.split(/\s+/).some((w) => w.length >= 5 && sentence.toLowerCase().includes(w));
    const fits = (m: string) =>
      (kind === "finding" || !citesStudy(m)) && (kind === "doubt" || !standsAlone(m)) && !echoes(m.toLowerCase());
    // A doubt is best said after a plain "we don't know yet"; "the evidence suggests" before it says it twice.
    const alone = this.markers.find((m) => kind === "doubt" && fits(m) && standsAlone(m) && !this.usedMarkers.has(m));
    if (alone) {
      this.usedMarkers.add(alone);
      return withHumility(sentence, alone);
    }
    for (let i = 0; i < this.markers.length; i++) {
      const marker = this.markers[this.markerAt++ % this.markers.length]!;
      if (fits(marker)) return withHumility(sentence, marker);
    }
    return sentence;
  }

  commit(lines: readonly Line[]): number {
    for (const l of lines) {
      this.used.add(normalise(l.text));
      this.said.push(contentWords(l.text));
    }
    return lines.reduce((sum, l) => sum + countWords(l.text), 0);
  }
}
