import type { Script } from "@/lib/domain/script";
import type { WriteScriptInput } from "../schemas";
import { ensureRequiredPhrases } from "../invariants/ensure-required-phrases";
import { matchSpeaker } from "../invariants/match-speaker";
import { scrubScript } from "../invariants/scrub-phrases";
import { readGuidance } from "@/lib/text/read-guidance";

/**
 * The checkable parts of the brand contract, applied to a model's script: every speaker is one the plan cast (an
 * unknown name becomes its segment's first speaker), sentences with a banned phrase (the show's, or one the
 * guidance names) are cut, and missing required phrases are added, greeting first and sign-off last.
 */
export function enforceScript(answer: Script, input: WriteScriptInput): Script {
  const cast = [...new Set(input.plan.segments.flatMap((s) => s.speakers))];
  const lead = cast[0] ?? input.show.hosts[0]?.name ?? "Host";
  const guidance = readGuidance(input.guidance);
  const cleaned: Script = {
    segments: answer.segments.map((segment, i) => {
      const own = input.plan.segments[i]?.speakers ?? [];
      const fallback = own[0] ?? lead;
      return {
        title: segment.title.trim() || input.plan.segments[i]?.title || `Segment ${i + 1}`,
        lines: segment.lines.map((line) => ({
          speaker: matchSpeaker(line.speaker, cast) ?? fallback,
          text: line.text.trim(),
        })),
      };
    }),
  };
  const scrubbed = scrubScript(cleaned, [...input.show.bannedPhrases, ...guidance.avoid]);
  return ensureRequiredPhrases(scrubbed, [...input.show.requiredPhrases, ...guidance.include], lead);
}
