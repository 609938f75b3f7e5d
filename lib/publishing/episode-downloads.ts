import type { Db } from "@/lib/db";
import { toChaptersJson } from "@/lib/domain/chapters";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { STATUS_LABELS } from "@/lib/domain/episode-status";
import { toPlainTranscript } from "@/lib/domain/to-plain-transcript";
import { toSrt } from "@/lib/domain/to-srt";
import { toWebVtt } from "@/lib/domain/to-webvtt";
import { entityTag } from "@/lib/http/serve-range";
import { getShowNotes } from "./get-show-notes";
import { loadMasterTimeline } from "./load-master-timeline";
import { PUBLIC_EPISODE_FILES } from "./public-urls";

/** What a Ready episode offers to download, by file name (the public files keep their public names and types). */
export const EPISODE_DOWNLOADS = {
  "episode.mp3": { label: "Audio (MP3)", contentType: PUBLIC_EPISODE_FILES["episode.mp3"].mimeType },
  "transcript.vtt": { label: "Transcript (WebVTT)", contentType: PUBLIC_EPISODE_FILES["transcript.vtt"].mimeType },
  "transcript.srt": { label: "Transcript (SRT)", contentType: PUBLIC_EPISODE_FILES["transcript.srt"].mimeType },
  "transcript.txt": { label: "Transcript (plain text)", contentType: "text/plain; charset=utf-8" },
  "chapters.json": { label: "Chapters (JSON)", contentType: PUBLIC_EPISODE_FILES["chapters.json"].mimeType },
  "show-notes.md": { label: "Show notes (Markdown)", contentType: "text/markdown; charset=utf-8" },
} as const;
export type EpisodeDownloadName = keyof typeof EPISODE_DOWNLOADS;
export const EPISODE_DOWNLOAD_NAMES = Object.keys(EPISODE_DOWNLOADS) as EpisodeDownloadName[];

export function isEpisodeDownloadName(name: string): name is EpisodeDownloadName {
  return Object.hasOwn(EPISODE_DOWNLOADS, name);
}

/** One download: the stored master (streamed from storage) or a text file built from the episode's data. */
export type EpisodeDownload = { name: EpisodeDownloadName; contentType: string; size: number } & (
  { stored: { key: string; etag: string } } | { bytes: Buffer }
);

const text = (name: EpisodeDownloadName, body: string): EpisodeDownload => {
  const bytes = Buffer.from(body, "utf8");
  return { name, contentType: EPISODE_DOWNLOADS[name].contentType, size: bytes.length, bytes };
};

/**
 * The downloads of a Ready episode, in the order EPISODE_DOWNLOADS lists them: its current master, the master's
 * transcript as WebVTT, SRT and plain text, its chapters as Podcasting 2.0 JSON, and its show notes; only `only`
 * when given (a player's range requests for the MP3 need no show notes generated). Throws NotFoundError for an
 * unknown episode and ConflictError (saying what to do) before it is Ready or without a master.
 */
export async function buildEpisodeDownloads(
  db: Db,
  episodeId: string,
  only?: EpisodeDownloadName,
): Promise<{ title: string; files: EpisodeDownload[] }> {
  const episode = await db.episode.findUnique({
    where: { id: episodeId },
    select: { title: true, status: true, show: { select: { name: true } } },
  });
  if (!episode) throw new NotFoundError("That episode");
  if (episode.status !== "READY")
    throw new ConflictError(
      `Downloads open once the episode is Ready; it is at "${STATUS_LABELS[episode.status]}". Approve its final audio first.`,
    );
  const voiced = await loadMasterTimeline(db, episodeId);
  if (!voiced) throw new ConflictError("This episode has no master audio to download: regenerate its audio first.");
  const { master, timeline, chapters } = voiced;
  const build: Record<EpisodeDownloadName, () => EpisodeDownload | Promise<EpisodeDownload>> = {
    "episode.mp3": () => ({
      name: "episode.mp3",
      contentType: EPISODE_DOWNLOADS["episode.mp3"].contentType,
      size: master.byteSize,
      stored: { key: master.storageKey, etag: entityTag(master.id, master.byteSize) },
    }),
    "transcript.vtt": () => text("transcript.vtt", toWebVtt(timeline)),
    "transcript.srt": () => text("transcript.srt", toSrt(timeline)),
    "transcript.txt": () => text("transcript.txt", toPlainTranscript(timeline)),
    "chapters.json": () => {
      const json = toChaptersJson(chapters, { title: episode.title, podcastName: episode.show.name });
      return text("chapters.json", `${JSON.stringify(json, null, 2)}\n`);
    },
    "show-notes.md": async () => text("show-notes.md", (await getShowNotes(db, episodeId)).markdown),
  };
  const names = only ? [only] : EPISODE_DOWNLOAD_NAMES;
  return { title: episode.title, files: await Promise.all(names.map((name) => build[name]())) };
}
