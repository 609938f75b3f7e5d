import "server-only";
import type { Db } from "@/lib/db";
import { getShowNotes } from "./get-show-notes";
import { renderShowNotes } from "./render-show-notes";

/** The show notes editor's data: the notes, as HTML too, and who last saved them and when (null: generated). */
export async function getEpisodeShowNotes(db: Db, episodeId: string) {
  const notes = await getShowNotes(db, episodeId);
  const episode = await db.episode.findUniqueOrThrow({
    where: { id: episodeId },
    select: { showNotesEditedAt: true, showNotesEditedById: true },
  });
  const editor = episode.showNotesEditedById
    ? await db.user.findUnique({ where: { id: episode.showNotesEditedById }, select: { name: true } })
    : null;
  return {
    ...notes,
    html: renderShowNotes(notes.markdown),
    editedAt: notes.edited ? episode.showNotesEditedAt : null,
    editedBy: notes.edited ? (editor?.name ?? "a former user") : null,
  };
}
