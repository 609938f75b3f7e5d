import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ZodError } from "zod";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { speakerIssues } from "@/lib/domain/script-issues";
import { scoreBrand } from "@/lib/quality/brand/score-brand";
import { toStageShow } from "@/lib/shows/to-stage-show";
import { carryLineComments } from "./carry-line-comments";
import { createScriptVersion } from "./create-script-version";
import { scriptEditSchema } from "./schemas";

/**
 * Saves an editor's edit as a new script version. Only while the script waits for approval: that is when the
 * pipeline reads it next (the approved version is the latest one, and it is brand-scored again before audio).
 * The version is brand-scored at once with the measured rules, as the brand validator scores without a judge: free
 * and deterministic, so a save never spends. A hosted judge's blend comes when the stage scores the approved version,
 * metered there.
 */
export async function saveScriptVersion(db: Db, episodeId: string, raw: unknown, user: SessionUser) {
  const input = scriptEditSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const episode = await tx.episode.findUnique({
      where: { id: episodeId },
      select: { status: true, show: { include: { hosts: { orderBy: { position: "asc" } } } } },
    });
    if (!episode) throw new NotFoundError("That episode");
    if (episode.status !== "AWAITING_SCRIPT_APPROVAL")
      throw new ConflictError("The script can be edited while it waits for approval, not now.");
    // Each unknown speaker is an issue at its line, like any other field of the edit.
    const unknown = speakerIssues(
      input.segments,
      episode.show.hosts.map((h) => h.name),
    );
    if (unknown.length)
      throw new ZodError(
        unknown.map(({ path, message }) => ({ code: "custom", path: [...path], message, input: undefined })),
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
    // Read under the lock createScriptVersion took, so a concurrent save cannot slip a version in between.
    const previous = await tx.scriptVersion.findUnique({
      where: { episodeId_version: { episodeId, version: version.version - 1 } },
      select: { id: true, version: true, segments: true },
    });
    const comments = previous
      ? await carryLineComments(tx, episodeId, previous, { ...version, segments: input.segments }, user)
      : { carried: 0, deleted: 0 };
    const brand = scoreBrand({ segments: input.segments }, toStageShow(episode.show));
    // The episode's brand score is its latest version's, as the stage keeps it.
    await tx.episode.update({ where: { id: episodeId }, data: { brandScore: brand.overall } });
    await tx.brandScore.create({
      data: {
        episodeId,
        showId: episode.show.id,
        scriptVersionId: version.id,
        overall: brand.overall,
        threshold: brand.threshold,
        passed: brand.passed,
        dimensions: brand.dimensions as unknown as Prisma.InputJsonValue,
        violations: brand.violations as unknown as Prisma.InputJsonValue,
        method: brand.method,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "script.edit",
      entityType: "ScriptVersion",
      entityId: version.id,
      episodeId,
      data: { version: version.version, brandScore: brand.overall, comments },
    });
    return version;
  });
}
