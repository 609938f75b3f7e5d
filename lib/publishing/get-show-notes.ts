// CONTRACT (issue 16 base): part A replaces this with notes generated from the brief and the final script.
import type { Db } from "@/lib/db";

export interface ShowNotes {
  markdown: string;
  /** Whether an editor wrote these (else they are generated). */
  edited: boolean;
}

/** The episode's show notes as Markdown: the editor's when saved, else generated. */
export async function getShowNotes(db: Db, episodeId: string): Promise<ShowNotes> {
  const episode = await db.episode.findUniqueOrThrow({ where: { id: episodeId }, select: { title: true, topic: true, showNotes: true } });
  return episode.showNotes !== null
    ? { markdown: episode.showNotes, edited: true }
    : { markdown: `${episode.topic}`, edited: false };
}
