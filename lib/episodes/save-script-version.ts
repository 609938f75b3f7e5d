import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { createScriptVersion } from "./create-script-version";
import { scriptEditSchema } from "./schemas";

/**
 * Saves an editor's edit as a new script version. Only while the script waits for approval: that is when the
 * pipeline reads it next (the approved version is the latest one, and it is brand-scored again before audio).
 */
export async function saveScriptVersion(db: Db, episodeId: string, raw: unknown, user: SessionUser) {
  const input = scriptEditSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const episode = await tx.episode.findUnique({
      where: { id: episodeId },
      select: { status: true, show: { select: { hosts: { select: { name: true } } } } },
    });
    if (!episode) throw new NotFoundError("That episode");
    if (episode.status !== "AWAITING_SCRIPT_APPROVAL")
      throw new ConflictError("The script can be edited while it waits for approval, not now.");
    const hosts = new Set(episode.show.hosts.map((h) => h.name));
    const unknown = [...new Set(input.segments.flatMap((s) => s.lines.map((l) => l.speaker)))].filter(
      (s) => !hosts.has(s),
    );
    if (unknown.length)
      throw new ConflictError(
        `Every speaker must be one of the show's hosts (${[...hosts].join(", ")}); not ${unknown.join(", ")}.`,
      );
    const version = await createScriptVersion(
      tx,
      episodeId,
      {
        authorKind: "USER",
        authorId: user.id,
        segments: input.segments as unknown as Prisma.InputJsonValue,
        note: input.note ?? `Edited by ${user.name}`,
      },
      { id: true, version: true, createdAt: true },
    );
    await recordAudit(tx, {
      actorId: user.id,
      action: "script.edit",
      entityType: "ScriptVersion",
      entityId: version.id,
      episodeId,
      data: { version: version.version },
    });
    return version;
  });
}
