import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { generateShowNotes } from "./generate-show-notes";

export interface ShowNotes {
  markdown: string;
  /** Whether an editor wrote these (else they are generated). */
  edited: boolean;
}

/**
 * The episode's show notes as Markdown: the editor's when saved, else generated afresh from the brief, the voiced
 * script and the research (so a later override or exclusion shows in them until an editor takes them over).
 */
export async function getShowNotes(db: Db, episodeId: string): Promise<ShowNotes> {
  const episode = await db.episode.findUnique({ where: { id: episodeId }, select: { showNotes: true } });
  if (!episode) throw new NotFoundError("That episode");
  return episode.showNotes !== null
    ? { markdown: episode.showNotes, edited: true }
    : { markdown: await generateShowNotes(db, episodeId), edited: false };
}
