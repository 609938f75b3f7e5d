import { readFile, writeFile } from "node:fs/promises";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import type { AudioReport, AudioToolkit, LeveledSegment, MasterResult, Segment } from "@/lib/providers/audio/types";
import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";

/** A clean report of a mastered episode; a test overrides what it wants to go wrong. */
export function audioReport(overrides: Partial<AudioReport> = {}): AudioReport {
  return {
    codec: "mp3",
    sampleRate: 44_100,
    channels: 1,
    durationSeconds: 30,
    integratedLufs: -16,
    loudnessRangeLu: 4,
    truePeakDbtp: -1.6,
    samplePeakDbfs: -2,
    rmsDbfs: -20,
    silences: [],
    longestSilenceSeconds: 0.4,
    clipping: { clippedSamples: 0, clippedRuns: 0, clipped: false },
    ...overrides,
  };
}

export interface FakeAudioAnswers {
  /** Each take's measured length and loudness, by position; default 2 s at -20 LUFS with no gain. */
  level?: (i: number) => Pick<LeveledSegment, "durationSeconds" | "integratedLufs" | "gainDb">;
  /** What mastering answers, or throws. */
  master?: () => Omit<MasterResult, "report"> & { report?: Partial<AudioReport> };
  /** The bytes mastering writes as the MP3. */
  masterBytes?: Buffer;
  peaks?: WaveformPeaks;
  inspect?: Partial<AudioReport>;
}

/**
 * An audio toolkit with no ffmpeg: it answers what the test tells it and records what the stage asked of it, with the
 * bytes of each file it was handed (so a test sees what the stage wrote and fetched). Scratch folders are real.
 */
export function fakeAudioToolkit(answers: FakeAudioAnswers = {}) {
  const calls = {
    level: [] as { file: string; bytes: string }[],
    stitch: [] as { segments: Segment[]; tempo: number }[],
    inspect: [] as { bytes: Buffer; minSilenceSeconds?: number }[],
    cut: [] as { startSeconds: number; endSeconds: number }[],
  };
  const masterBytes = answers.masterBytes ?? Buffer.from("ID3 fake master");
  const toolkit: AudioToolkit = {
    id: "fake",
    withScratchDir: withTempDir,
    async level(segments) {
      // Recorded in the order given (reads finish in any order).
      calls.level.push(
        ...(await Promise.all(
          segments.map(async ({ file }) => ({ file, bytes: (await readFile(file)).toString("utf8") })),
        )),
      );
      return segments.map((segment, i) => ({
        ...segment,
        ...(answers.level?.(i) ?? { durationSeconds: 2, integratedLufs: -20, gainDb: 0 }),
      }));
    },
    async stitch(segments, output, { tempo }) {
      calls.stitch.push({ segments: segments.map((s) => ({ ...s, file: s.file.split("/").at(-1)! })), tempo });
      await writeFile(output, "stitched");
    },
    async master(_input, output) {
      const { report, ...rest } = answers.master?.() ?? {
        limiterCeilingDb: null,
        gainDb: 4,
        normalization: "linear" as const,
        encodes: 1,
      };
      await writeFile(output, masterBytes);
      return { ...rest, report: audioReport(report) };
    },
    readPeaks: async () => answers.peaks ?? { peaks: [[-0.5, 0.5]], duration: 30, buckets: 1 },
    async inspect(file, options) {
      calls.inspect.push({ bytes: await readFile(file), minSilenceSeconds: options?.minSilenceSeconds });
      return audioReport(answers.inspect);
    },
    async cut(_input, output, startSeconds, endSeconds) {
      calls.cut.push({ startSeconds, endSeconds });
      await writeFile(output, `part ${startSeconds}-${endSeconds}`);
    },
  };
  return { toolkit, calls };
}
