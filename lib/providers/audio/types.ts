import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";

/** One take (or any piece of audio) to join: a WAV or MP3 file, any sample rate or channel count. */
export interface Segment {
  file: string;
  /** Silence after this segment, in seconds. */
  pauseAfterSeconds?: number;
  /** Gain applied to this segment (see AudioToolkit.level). */
  gainDb?: number;
}

export interface LeveledSegment extends Segment {
  gainDb: number;
  /** Length once resampled as the stitcher resamples it, so segment start times in the mix add up exactly. */
  durationSeconds: number;
  /** Before the gain; -70 when nothing passes the gate (silence, or shorter than one 400 ms block). */
  integratedLufs: number;
}

export interface ClippingCount {
  /** Samples at or above the full-scale threshold, over all channels. */
  clippedSamples: number;
  /** Runs of at least MIN_RUN consecutive full-scale samples in one channel: the flat tops clipping leaves. */
  clippedRuns: number;
}

export interface SilenceGap {
  start: number;
  end: number;
  duration: number;
}

export interface AudioReport {
  codec: string;
  sampleRate: number;
  channels: number;
  /** Decoded length, exact to the sample. */
  durationSeconds: number;
  integratedLufs: number;
  loudnessRangeLu: number;
  truePeakDbtp: number;
  samplePeakDbfs: number;
  rmsDbfs: number;
  /** Gaps quieter than the threshold for at least the minimum length. */
  silences: SilenceGap[];
  longestSilenceSeconds: number;
  clipping: ClippingCount & { clipped: boolean };
}

export interface InspectOptions {
  /** Level under which audio counts as silent; default -50 dBFS (room tone of synthetic speech is far below). */
  silenceThresholdDb?: number;
  /** Shortest gap reported; default 2 s, longer than any intended pause. */
  minSilenceSeconds?: number;
}

export interface MasterResult {
  /** Measured on the encoded MP3, which is what listeners get. */
  report: AudioReport;
  /** The pre-limiter's ceiling, or null when the input's peaks already allowed the gain. */
  limiterCeilingDb: number | null;
  /** The gain applied after the limiter (dB). */
  gainDb: number;
  /**
   * "linear": one gain after the pre-limiter. "post-limited": the pre-limiter's passes left too little headroom, so
   * a second limiter after the gain caught the peaks above the true-peak target.
   */
  normalization: "linear" | "post-limited";
  /** Encodes run: 2 when the MP3 read off target and the gain was corrected once. */
  encodes: number;
}

/**
 * The audio toolkit port: what the audio stages do to audio files (level, join, master, measure, cut), in a scratch
 * folder it provides. The stages decide what goes where (pauses, tempo, timeline); the toolkit does the signal work.
 */
export interface AudioToolkit {
  readonly id: string;
  /** Runs `work` in a fresh private folder that is removed afterwards, whatever happens. */
  withScratchDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T>;
  /** Each segment's length and loudness, and the gain that brings it to the mix's one working level. */
  level(segments: Segment[]): Promise<LeveledSegment[]>;
  /** Joins segments (gains and pauses applied, then sped up by `tempo`) into one file at the master's sample rate. */
  stitch(segments: Segment[], output: string, options: { tempo: number }): Promise<void>;
  /** Limits, normalises to the podcast loudness target and encodes MP3; measured on the encoded file. */
  master(input: string, output: string): Promise<MasterResult>;
  /** Waveform peaks of a file, for the player. */
  readPeaks(file: string): Promise<WaveformPeaks>;
  /** Loudness, true peak, clipping and silent gaps of a file as it decodes. */
  inspect(file: string, options?: InspectOptions): Promise<AudioReport>;
  /** Writes the stretch [startSeconds, endSeconds) of a file to `output` (format from its extension). */
  cut(input: string, output: string, startSeconds: number, endSeconds: number): Promise<void>;
}
