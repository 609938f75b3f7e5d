import type { Script } from "@/lib/domain/script";
import type { ReviseScriptInput } from "../schemas";
import { ensureRequiredPhrases } from "../invariants/ensure-required-phrases";
import { matchSpeaker } from "../invariants/match-speaker";
import { scrubScript } from "../invariants/scrub-phrases";
import { echoesGuidance } from "@/lib/text/echoes-guidance";
import { readGuidance } from "@/lib/text/read-guidance";

const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+/;

/**
 * The checks of a fresh draft, applied to a model's revision: speakers are the script's own hosts (an unknown name
 * becomes its segment's first speaker), banned phrases and those the guidance names are cut, required phrases are
 * kept. And the guidance is never said: a sentence the model added that reads the editor's comment out, or says
 * there was one (or reads out a line comment), is cut (a line the script already had is the editor's to keep).
 */
export function enforceRevision(answer: Script, input: ReviseScriptInput): Script {
  if (answer.segments.every((s) => s.lines.length === 0)) throw new Error("The revised script came back empty");
  const cast = [
    ...new Set([
      ...input.script.segments.flatMap((s) => s.lines.map((l) => l.speaker)),
      ...input.show.hosts.map((h) => h.name),
    ]),
  ];
  const lead = cast[0] ?? input.show.hosts[0]?.name ?? "Host";
  const before = new Set(input.script.segments.flatMap((s) => s.lines.map((l) => l.text)));
  const guidance = readGuidance(input.guidance);
  // A line comment is never said either.
  const comments = [input.guidance, ...(input.lineGuidance ?? []).map((c) => c.text)];
  const cleaned: Script = {
    segments: answer.segments.map((segment, i) => {
      const fallback = input.script.segments[i]?.lines[0]?.speaker ?? lead;
      return {
        title: segment.title.trim() || input.script.segments[i]?.title || `Segment ${i + 1}`,
        lines: segment.lines
          .map((line) => ({
            speaker: matchSpeaker(line.speaker, cast) ?? fallback,
            text: before.has(line.text)
              ? line.text
              : line.text
                  .trim()
                  .split(SENTENCE_END)
                  .filter((sentence) => !comments.some((comment) => echoesGuidance(sentence, comment)))
                  .join(" "),
          }))
          .filter((line) => line.text.trim() !== ""),
      };
    }),
  };
  const scrubbed = scrubScript(cleaned, [...input.show.bannedPhrases, ...guidance.avoid]);
  return ensureRequiredPhrases(scrubbed, [...input.show.requiredPhrases, ...guidance.include], lead);
}
