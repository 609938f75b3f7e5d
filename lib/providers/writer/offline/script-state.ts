import { removePhrases } from "../invariants/scrub-phrases";
import { shuffled } from "@/lib/text/seeded-random";
import { countWords } from "@/lib/text/spoken-form";
import { standsAlone, withHumility } from "./humility";

export interface Line {
  speaker: string;
  text: string;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * What the offline script writer has said so far. Every line passes through here: phrases to avoid are cut out
 * (whole sentences), and a line said before is refused, so a long episode never repeats itself verbatim. Lines are
 * only remembered once committed, so a beat tried and left out costs nothing.
 */
export class ScriptState {
  private readonly used = new Set<string>();
  private readonly markers: string[];
  private markerAt = 0;

  constructor(
    private readonly random: () => number,
    private readonly avoid: readonly string[],
    markers: readonly string[],
  ) {
    this.markers = shuffled(markers, random);
  }

  /** A line, or null when it would repeat an earlier one or nothing is left once avoided phrases are cut. */
  line(speaker: string, text: string): Line | null {
    const clean = removePhrases(text, this.avoid).trim();
    return clean && !this.used.has(normalise(clean)) ? { speaker, text: clean } : null;
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
   * marker that cites a study ("one study found") only fronts a finding; a question takes one said on its own.
   */
  humble(sentence: string, kind: "finding" | "statement" | "question" = "finding"): string {
    const citesStudy = (m: string) => /\b(?:stud(?:y|ies)|found|finds|research)\b/i.test(m);
    const fits = (m: string) => (kind === "finding" || !citesStudy(m)) && (kind !== "question" || standsAlone(m));
    for (let i = 0; i < this.markers.length; i++) {
      const marker = this.markers[this.markerAt++ % this.markers.length]!;
      if (fits(marker)) return withHumility(sentence, marker);
    }
    return withHumility(sentence, this.markers[0]!);
  }

  commit(lines: readonly Line[]): number {
    for (const l of lines) this.used.add(normalise(l.text));
    return lines.reduce((sum, l) => sum + countWords(l.text), 0);
  }
}
