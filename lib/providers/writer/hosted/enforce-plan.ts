import type { EpisodePlan } from "@/lib/domain/episode-plan";
import type { PlanEpisodeInput } from "../schemas";
import { fitDurations } from "../invariants/fit-durations";
import { matchSpeaker } from "../invariants/match-speaker";

/**
 * A usable plan from a model's: speakers only from the episode's hosts (the first host when none is left), key point
 * indexes that exist, and durations rescaled in proportion to the model's so they add up to exactly the target.
 */
export function enforcePlan(answer: EpisodePlan, input: PlanEpisodeInput): EpisodePlan {
  if (answer.segments.length === 0) throw new Error("The model returned a plan without segments.");
  const seconds = fitDurations(
    answer.segments.map((s) => s.targetSeconds),
    input.targetMinutes * 60,
  );
  return {
    segments: answer.segments.map((segment, i) => {
      const speakers = [
        ...new Set(segment.speakers.map((s) => matchSpeaker(s, input.hosts)).filter((s): s is string => s !== null)),
      ];
      return {
        title: segment.title.trim() || `Segment ${i + 1}`,
        purpose: segment.purpose.trim(),
        targetSeconds: seconds[i]!,
        speakers: speakers.length ? speakers : [input.hosts[0]!],
        keyPointIndexes: [...new Set(segment.keyPointIndexes)].filter((k) => k < input.brief.keyPoints.length),
        hook: segment.hook?.trim() || null,
      };
    }),
  };
}
