import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Db } from "@/lib/db";
import { audioTimelineSchema } from "@/lib/domain/audio-timeline";
import { toWebVtt } from "@/lib/domain/to-webvtt";
import { formatCertificationMarkdown } from "@/lib/quality/assessment/format-certification";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { StorageNotFoundError } from "@/lib/providers/storage/storage-errors";
import { findCurrentMaster } from "./get-episode-audio";
import { getCertification } from "./get-certification";

export interface ExportedFiles {
  audio?: string;
  transcript?: string;
  certification?: string;
}

export interface EpisodeExport {
  files: ExportedFiles;
  /** What could not be written and why, one line each; empty when every file was. */
  missing: string[];
  certification: { certified: boolean; report: unknown } | null;
}

/**
 * Writes an episode out of the studio into `outDir`: its current master as episode.mp3, the master's timeline as
 * transcript.vtt (WebVTT), and its latest certification as certification.json with the same report as a page a person
 * reads (certification.md). What is missing (no master, its file gone from storage, no timeline, no certification) is
 * said in `missing` and the rest is still written. The MP3 appears under its name only once whole.
 */
export async function exportEpisode(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  outDir: string,
): Promise<EpisodeExport> {
  await mkdir(outDir, { recursive: true });
  const target = {
    audio: path.join(outDir, "episode.mp3"),
    transcript: path.join(outDir, "transcript.vtt"),
    certification: path.join(outDir, "certification.json"),
  };
  const files: ExportedFiles = {};
  const missing: string[] = [];

  const master = await findCurrentMaster(db, episodeId);
  if (!master) {
    missing.push("no master audio (no AudioAsset row of kind MASTER), so neither episode.mp3 nor transcript.vtt");
  } else {
    const partial = `${target.audio}.partial`;
    try {
      const { body } = await storage.get(master.storageKey);
      await pipeline(body, createWriteStream(partial));
      await rename(partial, target.audio);
      files.audio = target.audio;
    } catch (error) {
      await rm(partial, { force: true });
      if (!(error instanceof StorageNotFoundError)) throw error;
      missing.push(`the master audio's file "${master.storageKey}" is not in ${storage.id} storage, so no episode.mp3`);
    }
    const timeline = master.timeline === null ? null : audioTimelineSchema.safeParse(master.timeline);
    if (!timeline)
      missing.push("the master audio has no timeline (AudioAsset.timeline is empty), so no transcript.vtt");
    else if (!timeline.success)
      missing.push(
        `the master audio's timeline is malformed (${timeline.error.issues[0]?.message}), so no transcript.vtt`,
      );
    else {
      await writeFile(target.transcript, toWebVtt(timeline.data));
      files.transcript = target.transcript;
    }
  }

  const certification = await getCertification(db, episodeId);
  if (!certification) missing.push("no Certification row, so no certification.json");
  else {
    const { certified, createdAt, report, title } = certification;
    const document = { episodeId, title, certified, createdAt: createdAt.toISOString(), report };
    await writeFile(target.certification, `${JSON.stringify(document, null, 2)}\n`);
    await writeFile(target.certification.replace(/\.json$/, ".md"), formatCertificationMarkdown(report));
    files.certification = target.certification;
  }
  return {
    files,
    missing,
    certification: certification ? { certified: certification.certified, report: certification.report } : null,
  };
}
