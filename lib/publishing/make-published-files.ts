import { buffer } from "node:stream/consumers";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toChaptersJson } from "@/lib/domain/chapters";
import { ConflictError } from "@/lib/domain/errors";
import { toSrt } from "@/lib/domain/to-srt";
import { toWebVtt } from "@/lib/domain/to-webvtt";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { getShowNotes } from "./get-show-notes";
import { loadMasterTimeline } from "./load-master-timeline";
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
 * Makes the public copies of an episode and stores them in the folder of `release`: the current master
 * tagged with its title, show, summary, year, artwork and chapters; the transcript as WebVTT and SRT; the
 * Podcasting 2.0 chapters. Transcript and chapters come from the master's timeline and the script it voiced, as the
 * downloads do. The publication row is written by the caller afterwards, so a failure here publishes nothing (and the
 * caller deletes what was stored).
 */
export async function makePublishedFiles(
  db: Db | Prisma.TransactionClient,
  storage: AudioStorage,
  episode: { id: string; title: string; showId: string },
  show: { name: string },
  now: Date,
  release: string,
): Promise<PublishedFiles> {
  // Contract modules take the app's client; inside the publishing transaction they read through it.
  const client = db as Db;
  const voiced = await loadMasterTimeline(client, episode.id);
  if (!voiced) throw new ConflictError("This episode has no master audio to publish: produce its audio first.");
  const { master, timeline, chapters } = voiced;
  if (timeline.length === 0)
    throw new ConflictError(
      "The master audio's timeline cannot be read, so its transcript and chapters cannot be made.",
    );

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
    const key = publishedFileKey(episode.id, release, file);
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
    transcriptVttKey: await put("transcript.vtt", toWebVtt(timeline)),
    transcriptSrtKey: await put("transcript.srt", toSrt(timeline)),
    chaptersKey: await put(
      "chapters.json",
      `${JSON.stringify(toChaptersJson(chapters, { title: episode.title, podcastName: show.name }), null, 2)}\n`,
    ),
  };
}

/** The keys of one release's copies, whether or not they were all stored. */
export const releaseKeys = (episodeId: string, release: string) =>
  (Object.keys(PUBLIC_EPISODE_FILES) as PublicEpisodeFile[]).map((file) => publishedFileKey(episodeId, release, file));

/** Removes public copies by their keys (missing ones are not an error). */
export async function deletePublishedFiles(storage: AudioStorage, keys: readonly (string | null)[]): Promise<void> {
  for (const key of keys) if (key) await storage.delete(key);
}
