import type { AudioCheckResult } from "@/lib/quality/audio/check-audio";
import type { SpeechQualityIndex } from "@/lib/quality/audio/speech-quality-index";
import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";

export const AUDIO_FORMULA =
  "0.7 × 10 × passed checks / all checks + 0.3 × 10 × (SQI − 1) / 4 − 1.5 × failed checks " +
  "(not-run checks count in 'all checks' but never as passed; a missing SQI counts as 1)";

export function scoreAudioTechnical(audio: AudioCheckResult, sqi: SpeechQualityIndex): DimensionScore {
  const total = audio.checks.length;
  const passed = audio.checks.filter((c) => c.passed === true).length;
  const failed = audio.checks.filter((c) => c.passed === false).length;
  const sqiScaled = sqi.value === null ? 0 : (10 * (sqi.value - 1)) / 4;
  return {
    score: score1(0.7 * ((10 * passed) / total) + 0.3 * sqiScaled - 1.5 * failed),
    formula: AUDIO_FORMULA,
    inputs: { checksPassed: passed, checksFailed: failed, checksNotRun: audio.notRun.length, sqi: sqi.value },
  };
}
