import type { Db } from "@/lib/db";
import { audioTimelineSchema, type AudioTimelineEntry } from "@/lib/domain/audio-timeline";
import { NotFoundError } from "@/lib/domain/errors";
import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";
import type { AudioCheck } from "@/lib/quality/audio/check-audio";

/** The audio validator's verdict on the current master, as its stage run stored it (null when it has not run). */
export interface AudioValidation {
  checks: AudioCheck[];
  passed: boolean;
  transcriber: string | null;
  /** The speech quality index (1-5), null when it could not be computed. */
  sqi: { name: string; value: number } | null;
  plannedDurationSec: number | null;
  validatedAt: Date | null;
}

/** The episode's current master: the latest MASTER asset. */
export function findCurrentMaster(db: Db, episodeId: string) {
  return db.audioAsset.findFirst({ where: { episodeId, kind: "MASTER" }, orderBy: { createdAt: "desc" } });
}

function readPeaks(value: unknown): WaveformPeaks | null {
  const v = value as Partial<WaveformPeaks> | null;
  if (!v || !Array.isArray(v.peaks) || typeof v.duration !== "number") return null;
  const peaks = v.peaks.every((channel) => Array.isArray(channel)) ? v.peaks : [v.peaks as unknown as number[]];
  return { peaks, duration: v.duration, buckets: v.buckets };
}

/** How the synthesis that made this master got its lines: synthesised afresh, or reused from stored takes. */
async function voicedLines(db: Db, episodeId: string, storageKey: string) {
  const runs = await db.stageRun.findMany({
    where: { episodeId, stage: "audio-synthesizer", status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    take: 5,
    select: { output: true },
  });
  const output = runs
    .map((r) => r.output as { storageKey?: string; synthesizedLines?: number; reusedLines?: number } | null)
    .find((o) => o?.storageKey === storageKey);
  return typeof output?.synthesizedLines === "number" && typeof output.reusedLines === "number"
    ? { synthesized: output.synthesizedLines, reused: output.reusedLines }
    : null;
}

function readTimeline(value: unknown): AudioTimelineEntry[] {
  const parsed = audioTimelineSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * The Audio tab: the current master's waveform peaks, timeline (regions and the following transcript), its
 * measurements, and the audio validator's checks beside their thresholds. `audio` is null before there is a master.
 * Throws NotFoundError for an unknown episode.
 */
export async function getEpisodeAudio(db: Db, episodeId: string) {
  const [episode, master] = await Promise.all([
    db.episode.findUnique({ where: { id: episodeId }, select: { id: true } }),
    findCurrentMaster(db, episodeId),
  ]);
  if (!episode) throw new NotFoundError("That episode");
  if (!master) return { audio: null, validation: null };

  // The latest successful validation of this very file (an older one measured an older master).
  const runs = await db.stageRun.findMany({
    where: { episodeId, stage: "audio-validator", status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    take: 5,
    select: { output: true, endedAt: true },
  });
  const run = runs.find((r) => (r.output as { storageKey?: string } | null)?.storageKey === master.storageKey);
  const voiced = await voicedLines(db, episodeId, master.storageKey);
  const output = run?.output as
    | {
        checks?: AudioCheck[];
        passed?: boolean;
        transcriber?: string;
        sqi?: { name?: string; value?: number | null };
        plannedDurationSec?: number;
      }
    | undefined;

  const validation: AudioValidation | null =
    output && Array.isArray(output.checks)
      ? {
          checks: output.checks,
          passed: output.passed === true,
          transcriber: output.transcriber ?? null,
          sqi:
            typeof output.sqi?.value === "number" ? { name: output.sqi.name ?? "SQI", value: output.sqi.value } : null,
          plannedDurationSec: output.plannedDurationSec ?? null,
          validatedAt: run?.endedAt ?? null,
        }
      : null;

  return {
    audio: {
      id: master.id,
      mimeType: master.mimeType,
      byteSize: master.byteSize,
      durationSec: master.durationMs / 1000,
      createdAt: master.createdAt,
      integratedLufs: master.integratedLufs,
      truePeakDb: master.truePeakDb,
      loudnessRange: master.loudnessRange,
      wer: master.wer,
      peaks: readPeaks(master.peaks),
      timeline: readTimeline(master.timeline),
      /** Lines this master's synthesis voiced afresh and lines whose stored take it reused (null before the cache). */
      voiced,
      /** Where the player streams it from (with Range requests). */
      url: `/api/episodes/${episodeId}/audio/file?v=${master.id}`,
    },
    validation,
  };
}

export type EpisodeAudio = Awaited<ReturnType<typeof getEpisodeAudio>>;
