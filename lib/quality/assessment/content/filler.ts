import { contentWords, sharedCount } from "@/lib/text/content-words";
import { META_TALK } from "@/lib/text/cues";
import { plainWords, type LineTerms } from "./line-terms";

/** A line carries something when it says two content words of the sources or the brief (stock words excluded). */
const MIN_GROUNDED = 2;
/** Most of the audience description, read out as it is written in the brief. */
const AUDIENCE_READ = 0.8;

export interface BriefText {
  topic?: string;
  audience?: string;
}

function readsBrief(line: LineTerms, brief: BriefText): boolean {
  const topic = plainWords(brief.topic ?? "").join(" ");
  if (topic.split(" ").length >= 3 && ` ${line.words.join(" ")} `.includes(` ${topic} `)) return true;
  const audience = contentWords(brief.audience ?? "");
  return audience.size >= 2 && sharedCount(audience, contentWords(line.text)) / audience.size >= AUDIENCE_READ;
}

/** Whether a line carries nothing from the sources or the brief: stock talk, meta-talk, or the brief read on air. */
export function isFiller(line: LineTerms, brief: BriefText = {}): boolean {
  if (readsBrief(line, brief)) return true;
  // Ordinal meta-talk needs twice the grounding to count.
  const needed = META_TALK.test(line.text) ? 2 * MIN_GROUNDED : MIN_GROUNDED;
  return line.grounded.size + Math.min(1, line.numbers.length) < needed;
}
