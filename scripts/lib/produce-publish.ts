import type { Db } from "@/lib/db";
import { publishingConfig } from "@/lib/config";
import { DomainError } from "@/lib/domain/errors";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { showFeedProblems } from "@/lib/publishing/publish-eligibility";
import { publishEpisode } from "@/lib/publishing/publish-episode";
import { feedUrl, publicFileUrl } from "@/lib/publishing/public-urls";

export type ProducePublication =
  { published: true; feedUrl: string; enclosureUrl: string } | { published: false; reason: string };

/** Why `--publish` cannot work for this show, checked before anything is produced; null when its feed is ready. */
export async function feedNotReadyForPublish(db: Db, showId: string): Promise<string | null> {
  const show = await db.show.findUniqueOrThrow({ where: { id: showId } });
  const problems = showFeedProblems(show);
  if (problems.length === 0) return null;
  return [
    `--publish: the feed of "${show.name}" is not ready. Fill these in the show's feed settings in the studio:`,
    ...problems.map((p) => `  - ${p.message}`),
  ].join("\n");
}

/**
 * `--publish`: publishes the Ready episode as the studio's first active editor (or admin), as the Publish tab would,
 * and gives the feed's and the enclosure's public URLs; a refusal comes back with the rule's or the feed's message.
 */
export async function publishProduced(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  env: Record<string, string | undefined>,
): Promise<ProducePublication> {
  const editor =
    (await db.user.findFirst({ where: { role: "EDITOR", disabledAt: null }, orderBy: { createdAt: "asc" } })) ??
    (await db.user.findFirst({ where: { role: "ADMIN", disabledAt: null }, orderBy: { createdAt: "asc" } }));
  if (!editor) return { published: false, reason: "No active editor or admin account exists to publish as." };
  try {
    await publishEpisode(db, storage, episodeId, {
      id: editor.id,
      email: editor.email,
      name: editor.name,
      role: editor.role,
    });
  } catch (error) {
    if (error instanceof DomainError) return { published: false, reason: error.message };
    throw error;
  }
  const { show, publication } = await db.episode.findUniqueOrThrow({
    where: { id: episodeId },
    select: { show: true, publication: { select: { audioKey: true } } },
  });
  const bases = { publicBaseUrl: show.publicBaseUrl!, mediaBaseUrl: publishingConfig(env).mediaBaseUrl };
  return {
    published: true,
    feedUrl: feedUrl(bases.publicBaseUrl, show.slug),
    enclosureUrl: publicFileUrl(bases, publication!.audioKey!),
  };
}
