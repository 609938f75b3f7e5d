import { clamp, score1 } from "./clamp";
import type { DimensionScore } from "./dimension";
import type { ScriptMeasurements } from "./measure-script";

export interface ContentMeasurements extends Pick<
  ScriptMeasurements,
  "turns" | "questions" | "signposts" | "speakerWords" | "repeatedLines"
> {
  plannedDurationSec: number;
  /** The script's spoken length, estimated from its words at the voice's speaking rate. */
  scriptDurationSec: number;
  segments: number;
}

export const CONTENT_FORMULA =
  "10 × (0.30 × fit + 0.25 × interaction + 0.15 × signposting + 0.15 × balance + 0.15 × freshness) where " +
  "fit = max(0, 1 − |script/plan − 1| / 0.5); " +
  "interaction = ½ min(1, turns per min / 3) + ½ min(1, questions per min / 0.5); " +
  "signposting = min(1, signposts / segments); balance = smallest speaker share × speakers; " +
  "freshness = max(0, 1 − 0.25 × repeated lines)";

export function scoreContentEngagement(m: ContentMeasurements): DimensionScore {
  const ratio = m.plannedDurationSec > 0 ? m.scriptDurationSec / m.plannedDurationSec : 0;
  const fit = clamp(1 - Math.abs(ratio - 1) / 0.5, 0, 1);
  const minutes = m.scriptDurationSec / 60;
  const turnsPerMin = minutes > 0 ? m.turns / minutes : 0;
  const questionsPerMin = minutes > 0 ? m.questions / minutes : 0;
  const interaction = 0.5 * Math.min(1, turnsPerMin / 3) + 0.5 * Math.min(1, questionsPerMin / 0.5);
  const signposting = m.segments > 0 ? Math.min(1, m.signposts / m.segments) : 0;
  const counts = Object.values(m.speakerWords);
  const totalWords = counts.reduce((a, b) => a + b, 0);
  // A solo show is balanced by definition; with hosts, the quietest one's share against an equal split.
  const balance =
    counts.length > 0 && totalWords > 0 ? clamp((Math.min(...counts) / totalWords) * counts.length, 0, 1) : 0;
  const freshness = clamp(1 - 0.25 * m.repeatedLines, 0, 1);
  return {
    score: score1(10 * (0.3 * fit + 0.25 * interaction + 0.15 * signposting + 0.15 * balance + 0.15 * freshness)),
    formula: CONTENT_FORMULA,
    inputs: {
      plannedDurationSec: m.plannedDurationSec,
      scriptDurationSec: m.scriptDurationSec,
      turnsPerMinute: Math.round(turnsPerMin * 100) / 100,
      questionsPerMinute: Math.round(questionsPerMin * 100) / 100,
      signposts: m.signposts,
      segments: m.segments,
      smallestSpeakerShare:
        totalWords > 0 && counts.length > 0 ? Math.round((Math.min(...counts) / totalWords) * 100) / 100 : null,
      repeatedLines: m.repeatedLines,
    },
  };
}
