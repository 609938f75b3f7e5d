import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { requireRole } from "@/lib/domain/roles";
import { showNotesSchema } from "@/lib/domain/show-notes-schema";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Only a Ready episode has the final script its notes describe. */
async function lockReadyEpisode(tx: Prisma.TransactionClient, episodeId: string) {
  // Locks the row, so two editors' saves land one after the other, each with its audit entry.
  const [episode] = await tx.$queryRaw<{ status: string }[]>`
    select status::text from "Episode" where id = ${episodeId} for update`;
  if (!episode) throw new NotFoundError("That episode");
  if (episode.status !== "READY")
    throw new ConflictError("Show notes can be edited once the episode is Ready: approve its final audio first.");
}

/** An editor's show notes in place of the generated ones, with who saved them and when; audited. */
export async function saveShowNotes(db: Db, user: SessionUser, episodeId: string, raw: unknown) {
  requireRole(user, "EDITOR", "change the show notes");
  const { markdown } = showNotesSchema.parse(raw);
  return db.$transaction(async (tx) => {
    await lockReadyEpisode(tx, episodeId);
    const at = new Date();
    await tx.episode.update({
      where: { id: episodeId },
      data: { showNotes: markdown, showNotesEditedAt: at, showNotesEditedById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "episode.show-notes.save",
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
      data: { characters: markdown.length },
    });
  });
}

/** Drops the editor's notes: the episode's notes are generated again. Audited. */
export async function resetShowNotes(db: Db, user: SessionUser, episodeId: string) {
  requireRole(user, "EDITOR", "change the show notes");
  return db.$transaction(async (tx) => {
    await lockReadyEpisode(tx, episodeId);
    await tx.episode.update({
      where: { id: episodeId },
      data: { showNotes: null, showNotesEditedAt: null, showNotesEditedById: null },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "episode.show-notes.reset",
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
    });
  });
}
