// A well-produced episode's measurements for tests; each test worsens one thing and runs the real pipeline of
// checkAudio -> speechQualityIndex -> assessQuality -> certifyProduction.

import { toMoney } from "@/lib/domain/money";
import { checkAudio } from "@/lib/quality/audio/check-audio";
import type { AudioMeasurements } from "@/lib/quality/audio/measurements";
import { speechQualityIndex } from "@/lib/quality/audio/speech-quality-index";
import { assessQuality, type QualityInputs } from "./assess-quality";
import type { CertificationInput, GateRecord } from "./certify";

export const goodAudio: AudioMeasurements = {
  integratedLufs: -16.1,
  truePeakDbtp: -1.4,
  clippedRuns: 0,
  longestSilenceSec: 0.9,
  durationSec: 610,
  wer: 0.05,
  segments: [
    { id: "intro", durationSec: 60, integratedLufs: -16.4 },
    { id: "body", durationSec: 490, integratedLufs: -15.9 },
    { id: "outro", durationSec: 60, integratedLufs: -16.2 },
  ],
};

export const goodQualityInputs: Omit<QualityInputs, "audio" | "sqi"> = {
  research: {
    claimsSupported: 18,
    claimsUnsupported: 1,
    claimsContradicted: 0,
    keyPoints: 5,
    keyPointsWithCitations: 5,
  },
  content: {
    plannedDurationSec: 600,
    scriptDurationSec: 610,
    turns: 40,
    questions: 8,
    speakerWords: { Ada: 800, Ben: 700 },
    // A ten-minute natural conversation: most key points said, little filler, nothing read aloud or repeated.
    substance: {
      lines: 80,
      keyPoints: 5,
      keyPointsSpoken: 5,
      groundedWords: 220,
      spokenMinutes: 10.17,
      nearDuplicates: 1,
      echoTurns: 1,
      fillerLines: 12,
      frameFillerLines: 2,
      substantiveLines: 70,
      copiedLines: 2,
      templatedLines: 2,
    },
  },
  brandOverall: 9.5,
  speech: {
    sentences: 120,
    sentencesAtMost25Words: 118,
    averageWordsPerSentence: 14,
    remainingDigits: 0,
    remainingAllCaps: 1,
  },
  cost: {
    research: toMoney("0.80"),
    content: toMoney("1.90"),
    audio: toMoney("2.10"),
    total: toMoney("4.80"),
    budget: toMoney("6.00"),
  },
};

export const approvedGates: GateRecord[] = [
  {
    kind: "SCRIPT",
    status: "APPROVED",
    decidedBy: "edith@example.com",
    decidedAt: new Date("2026-01-05T10:00:00Z"),
    comment: "Tight.",
  },
  {
    kind: "FINAL",
    status: "APPROVED",
    decidedBy: "edith@example.com",
    decidedAt: new Date("2026-01-05T12:00:00Z"),
    comment: null,
  },
];

export interface EpisodeChanges {
  audio?: Partial<AudioMeasurements>;
  quality?: Partial<Omit<QualityInputs, "audio" | "sqi">>;
  certification?: Partial<Omit<CertificationInput, "assessment" | "audio" | "sqi" | "cost">>;
}

export function episode(changes: EpisodeChanges = {}) {
  const measurements = { ...goodAudio, ...changes.audio };
  const quality = { ...goodQualityInputs, ...changes.quality };
  const audio = checkAudio(measurements, { plannedDurationSec: quality.content.plannedDurationSec });
  const sqi = speechQualityIndex(measurements);
  const assessment = assessQuality({ ...quality, audio, sqi });
  const certification: CertificationInput = {
    episodeTitle: "Why bridges sing",
    assessment,
    brand: { overall: quality.brandOverall },
    audio,
    sqi,
    transcription: "configured",
    gates: approvedGates,
    cost: quality.cost,
    ...changes.certification,
  };
  return { audio, sqi, assessment, certification };
}
