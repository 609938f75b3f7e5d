import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { attachmentDisposition } from "@/lib/domain/download-filename";
import { DomainError } from "@/lib/domain/errors";
import { serveBytes } from "@/lib/http/serve-bytes";
import { serveStoredFile } from "@/lib/http/serve-stored-file";
import { appProviders } from "@/lib/providers/app-providers";
import {
  buildEpisodeDownloads,
  EPISODE_DOWNLOAD_NAMES,
  isEpisodeDownloadName,
} from "@/lib/publishing/episode-downloads";

/**
 * One download of a Ready episode, as an attachment named after the episode's title: the master MP3 streamed from
 * storage, the transcripts, chapters and show notes built from its data; all with Range, ETag/304 and HEAD.
 */
const serveDownload = withRoute<{ id: string; file: string }>("PRODUCER", async ({ req, params }) => {
  if (!isEpisodeDownloadName(params.file))
    throw new DomainError(
      `There is no such download. Ask for one of: ${EPISODE_DOWNLOAD_NAMES.join(", ")}.`,
      404,
      "not_found",
    );
  const { title, files } = await buildEpisodeDownloads(db, params.id, params.file);
  const file = files[0]!;
  const disposition = attachmentDisposition(title, file.name.slice(file.name.lastIndexOf(".") + 1));
  if ("bytes" in file) return serveBytes(req, { bytes: file.bytes, contentType: file.contentType, disposition });
  const { storage } = await appProviders();
  return serveStoredFile(req, storage, {
    key: file.stored.key,
    size: file.size,
    contentType: file.contentType,
    etag: file.stored.etag,
    disposition,
  });
});

export const GET = serveDownload;
export const HEAD = serveDownload;
