import { createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import type { StageContext, StageModule } from "../types";
import { splitTimeline } from "../split-timeline";
import { meteredCall } from "../metered-call";
import { checkAudio, type AudioCheckKey, type AudioCheckResult } from "@/lib/quality/audio/check-audio";
import type { AudioMeasurements } from "@/lib/quality/audio/measurements";
import { speechQualityIndex, SQI_NAME, type SpeechQualityIndex } from "@/lib/quality/audio/speech-quality-index";
import { DEFAULT_AUDIO_THRESHOLDS, type AudioThresholds } from "@/lib/quality/audio/thresholds";
import { wordErrorRate } from "@/lib/text/wer";
import { plannedSeconds, type AudioOutput } from "./audio-synthesizer";

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Gaps shorter than this are pauses between turns; longer ones are measured and reported. */
const MEASURED_GAP_S = 0.5;
/** Recognisers are single-threaded: a long episode is heard in this many parts at once (one per core). */
const TRANSCRIPTION_PARTS = 2;
const MIN_PART_SECONDS = 60;

/**
 * What the transcriber hears, in parts cut between lines and decoded in parallel, each against its own lines (the
 * offline recogniser biases its language model to them).
 */
async function transcribe(ctx: StageContext, file: string, dir: string, audio: AudioOutput): Promise<string> {
  const { transcriber, audioToolkit } = ctx.providers;
  const parts = splitTimeline(
    audio.timeline,
    Math.min(TRANSCRIPTION_PARTS, Math.max(1, Math.floor(audio.durationSeconds / MIN_PART_SECONDS))),
  );
  const heard = await Promise.all(
    parts.map(async (part, i) => {
      const partFile = parts.length === 1 ? file : path.join(dir, `part-${i}.wav`);
      if (parts.length > 1)
        await audioToolkit.cut(file, partFile, part.start, Math.min(part.end, audio.durationSeconds));
      const seconds = Math.min(part.end, audio.durationSeconds) - part.start;
      const expectedText = part.entries.map((l) => l.text).join("\n");
      const result = await meteredCall(
        ctx,
        transcriber.estimate(seconds),
        (signal) => transcriber.transcribe({ audio: partFile, expectedText }, { signal }),
        (t) => t.usage,
      );
      return result.text;
    }),
  );
  return heard.join(" ");
}

export interface AudioValidationOutput extends AudioCheckResult {
  storageKey: string;
  measurements: AudioMeasurements;
  plannedDurationSec: number;
  thresholds: AudioThresholds;
  sqi: SpeechQualityIndex;
  /** Which transcriber listened, and what it heard (null when none is available: the WER check is "not run"). */
  transcriber: string;
  transcript: string | null;
  /**
   * The MOS model's scores of the master (DNSMOS P.835: overall as `score`, with its signal, background and overall
   * parts); null when no MOS model is configured, and then no MOS is reported (SQI always is).
   */
  mos: { score: number; model: string; sig: number; bak: number; ovrl: number } | null;
}

const nullableNumber = z.number().nullable();
const audioCheckKey = z.enum([
  "loudness",
  "true-peak",
  "clipping",
  "dead-air",
  "duration",
  "wer",
  "silent-segments",
]) satisfies z.ZodType<AudioCheckKey>;

export const audioValidationOutputSchema: z.ZodType<AudioValidationOutput> = z.object({
  checks: z.array(
    z.object({
      key: audioCheckKey,
      label: z.string(),
      measured: nullableNumber,
      threshold: z.string(),
      passed: z.boolean().nullable(),
      detail: z.string(),
    }),
  ),
  passed: z.boolean(),
  notRun: z.array(audioCheckKey),
  storageKey: z.string(),
  measurements: z.object({
    integratedLufs: nullableNumber,
    truePeakDbtp: nullableNumber,
    clippedRuns: nullableNumber,
    longestSilenceSec: nullableNumber,
    durationSec: nullableNumber,
    wer: nullableNumber,
    segments: z.array(z.object({ id: z.string(), durationSec: z.number(), integratedLufs: nullableNumber })).nullable(),
  }),
  plannedDurationSec: z.number(),
  thresholds: z.object({
    targetLufs: z.number(),
    lufsTolerance: z.number(),
    maxTruePeakDbtp: z.number(),
    maxClippedRuns: z.number(),
    maxDeadAirSec: z.number(),
    durationTolerance: z.number(),
    maxWer: z.number(),
    silentSegmentLufs: z.number(),
    minSegmentSec: z.number(),
  }),
  sqi: z.object({
    name: z.literal(SQI_NAME),
    value: nullableNumber,
    formula: z.string(),
    penalties: z.object({
      loudness: nullableNumber,
      truePeak: nullableNumber,
      clipping: nullableNumber,
      deadAir: nullableNumber,
      wer: nullableNumber,
    }),
  }),
  transcriber: z.string(),
  transcript: z.string().nullable(),
  // Results stored before MOS existed have no field at all.
  mos: z
    .object({ score: z.number(), model: z.string(), sig: z.number(), bak: z.number(), ovrl: z.number() })
    .nullable()
    .default(null),
});

/**
 * Measures the stored master as a listener gets it: loudness, true peak, clipping and gaps on the decoded MP3, its
 * duration against the plan, each line's take for silence, and a transcript against the script for word errors.
 */
export const audioValidator: StageModule<"audio-validator", AudioValidationOutput> = {
  key: "audio-validator",
  input: ["audio-synthesizer", "episode-planner"],
  output: audioValidationOutputSchema,
  async run(ctx) {
    const audio = ctx.outputs["audio-synthesizer"];
    if (!audio) throw new Error("No audio to validate: the audio synthesizer must run first.");
    const plannedDurationSec = plannedSeconds(ctx);
    const { transcriber, storage, mos, audioToolkit } = ctx.providers;

    return audioToolkit.withScratchDir("showrunner-validate", async (dir) => {
      const file = path.join(dir, "master.mp3");
      await pipeline((await storage.get(audio.storageKey)).body, createWriteStream(file));
      const doing = [
        transcriber.available && `transcribing with ${transcriber.id}`,
        mos.available && `scoring MOS with ${mos.id}`,
      ].filter(Boolean);
      ctx.progress(0.1, doing.length ? `Measuring, and ${doing.join(" and ")}` : "Measuring loudness, peaks and gaps");
      const [report, transcript, mosScore] = await Promise.all([
        audioToolkit.inspect(file, { minSilenceSeconds: MEASURED_GAP_S }),
        transcriber.available ? transcribe(ctx, file, dir, audio) : null,
        mos.available ? mos.score(file) : null,
      ]);
      const expectedText = audio.timeline.map((l) => l.text).join("\n");
      const wer = transcript === null ? null : Math.round(wordErrorRate(expectedText, transcript).wer * 1000) / 1000;

      const measurements: AudioMeasurements = {
        integratedLufs: report.integratedLufs,
        truePeakDbtp: report.truePeakDbtp,
        clippedRuns: report.clipping.clippedRuns,
        longestSilenceSec: report.longestSilenceSeconds,
        durationSec: report.durationSeconds,
        wer,
        segments: audio.lines.map((l) => ({
          id: `line ${l.line} (${l.speaker})`,
          durationSec: l.durationSeconds,
          integratedLufs: l.integratedLufs > -70 ? l.integratedLufs : null,
        })),
      };
      const result = checkAudio(measurements, { plannedDurationSec });
      return {
        ...result,
        storageKey: audio.storageKey,
        measurements,
        plannedDurationSec,
        thresholds: DEFAULT_AUDIO_THRESHOLDS,
        sqi: speechQualityIndex(measurements),
        transcriber: transcriber.id,
        transcript,
        mos:
          mosScore && mos.model
            ? {
                score: round2(mosScore.mos),
                model: mos.model,
                sig: round2(mosScore.sig),
                bak: round2(mosScore.bak),
                ovrl: round2(mosScore.ovrl),
              }
            : null,
      };
    });
  },
  async persist(tx, { episodeId }, validation) {
    await tx.audioAsset.updateMany({
      where: { episodeId, kind: "MASTER", storageKey: validation.storageKey },
      data: { wer: validation.measurements.wer },
    });
  },
};
