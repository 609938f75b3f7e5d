import { buffer } from "node:stream/consumers";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audioTimelineSchema } from "@/lib/domain/audio-timeline";
import { chaptersFromTimeline, toChaptersJson } from "@/lib/domain/chapters";
import { ConflictError } from "@/lib/domain/errors";
import { scriptSchema } from "@/lib/domain/script";
import { toSrt } from "@/lib/domain/to-srt";
import { toWebVtt } from "@/lib/domain/to-webvtt";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { getShowNotes } from "./get-show-notes";
import { PUBLIC_EPISODE_FILES, publishedFileKey, type PublicEpisodeFile } from "./public-urls";
import { readArtwork } from "./read-artwork";
import { plainSummary } from "./render-show-notes";
import { tagMp3 } from "./tag-mp3";

export interface PublishedFiles {
  masterId: string;
  audioKey: string;
  /** The tagged MP3's exact length: the feed's enclosure length. */
  audioBytes: number;
  durationMs: number;
  transcriptVttKey: string;
  transcriptSrtKey: string;
  chaptersKey: string;
}

/**
 * Makes the public copies of an episode and stores them under their final keys (a rerun overwrites them): the current
 * master tagged with its title, show, summary, year, artwork and chapters; the transcript as WebVTT and SRT; the
 * Podcasting 2.0 chapters. The publication row is written by the caller afterwards, so a failure here publishes nothing.
 */
export async function makePublishedFiles(
  db: Db | Prisma.TransactionClient,
  storage: AudioStorage,
  episode: { id: string; title: string; showId: string },
  show: { name: string },
  now: Date,
): Promise<PublishedFiles> {
  const master = await db.audioAsset.findFirst({
    where: { episodeId: episode.id, kind: "MASTER" },
    orderBy: { createdAt: "desc" },
  });
  if (!master) throw new ConflictError("This episode has no master audio to publish: produce its audio first.");
  const timeline = audioTimelineSchema.safeParse(master.timeline ?? []);
  if (!timeline.success)
    throw new ConflictError(
      "The master audio's timeline cannot be read, so its transcript and chapters cannot be made.",
    );
  const script = await db.scriptVersion.findFirst({
    where: { episodeId: episode.id },
    orderBy: { version: "desc" },
    select: { segments: true },
  });
  const titles = scriptSchema.shape.segments.safeParse(script?.segments).data?.map((s) => s.title) ?? [];
  const chapters = chaptersFromTimeline(timeline.data, titles, master.durationMs);

  // Contract modules take the app's client; inside the publishing transaction they read through it.
  const client = db as Db;
  const notes = await getShowNotes(client, episode.id);
  const artwork = await readArtwork(client, storage, { showId: episode.showId, episodeId: episode.id });
  const mp3 = tagMp3(await buffer((await storage.get(master.storageKey)).body), {
    title: episode.title,
    show: show.name,
    description: plainSummary(notes.markdown),
    year: now.getUTCFullYear(),
    artwork: artwork && { bytes: artwork.bytes, mimeType: artwork.mimeType },
    chapters,
  });

  const put = async (file: PublicEpisodeFile, data: Buffer | string) => {
    const key = publishedFileKey(episode.id, file);
    await storage.put(
      key,
      Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8"),
      PUBLIC_EPISODE_FILES[file].mimeType,
    );
    return key;
  };
  return {
    masterId: master.id,
    audioKey: await put("episode.mp3", mp3),
    audioBytes: mp3.length,
    durationMs: master.durationMs,
    transcriptVttKey: await put("transcript.vtt", toWebVtt(timeline.data)),
    transcriptSrtKey: await put("transcript.srt", toSrt(timeline.data)),
    chaptersKey: await put(
      "chapters.json",
      `${JSON.stringify(toChaptersJson(chapters, { title: episode.title, podcastName: show.name }), null, 2)}\n`,
    ),
  };
}

/** Removes an episode's public copies (missing ones are not an error). */
export async function deletePublishedFiles(storage: AudioStorage, episodeId: string): Promise<void> {
  for (const file of Object.keys(PUBLIC_EPISODE_FILES) as PublicEpisodeFile[])
    await storage.delete(publishedFileKey(episodeId, file));
}
