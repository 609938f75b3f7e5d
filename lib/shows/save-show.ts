import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { showProfileSchema, type ShowProfileInput } from "./schemas";

/** A slug the save may not use: the form shows the message on the slug field. */
export class SlugRefusedError extends ConflictError {}

/** The slug is taken by another show. */
export class SlugTakenError extends SlugRefusedError {
  constructor(readonly slug: string) {
    super(`Another show already uses the address “${slug}”. Choose a different one.`);
  }
}

/** The show's feed URL holds its slug: once an episode went out, apps follow that URL and a new one would lose them. */
export class SlugPublishedError extends SlugRefusedError {
  constructor(readonly slug: string) {
    super(
      `Podcast apps follow this show's feed at the address “${slug}”, so it cannot change once an episode has been published.`,
    );
  }
}

/**
 * Creates a show (no id) or updates one, in one transaction with its audit entry. Hosts are replaced by position:
 * host 1 of the form becomes position 1, and positions past the new count are removed.
 */
export async function saveShow(db: Db, input: ShowProfileInput, actorId: string | null, id?: string) {
  const { hosts, pronunciationLexicon, ...profile } = showProfileSchema.parse(input);
  const hostRows = hosts.map((h, i) => ({
    position: i + 1,
    name: h.name,
    persona: h.persona,
    localVoice: h.localVoice,
    hostedVoice: h.hostedVoice,
  }));
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.show.findUnique({ where: { slug: profile.slug }, select: { id: true } });
      if (clash && clash.id !== id) throw new SlugTakenError(profile.slug);
      const data = { ...profile, pronunciationLexicon };

      if (!id) {
        const show = await tx.show.create({
          data: { ...data, hosts: { create: hostRows } },
          select: { id: true, slug: true },
        });
        await recordAudit(tx, {
          actorId,
          action: "show.create",
          entityType: "Show",
          entityId: show.id,
          data: { slug: show.slug, hosts: hostRows.length },
        });
        return show;
      }

      // Locked as a publish locks it: a first publish under way either commits before this reads, or waits for it.
      await tx.$queryRaw`select id from "Show" where id = ${id} for update`;
      const before = await tx.show.findUnique({ where: { id }, include: { hosts: { orderBy: { position: "asc" } } } });
      if (!before) throw new NotFoundError("That show");
      if (
        before.slug !== profile.slug &&
        (await tx.publication.count({ where: { episode: { showId: id }, publishedAt: { not: null } } })) > 0
      )
        throw new SlugPublishedError(before.slug);
      const show = await tx.show.update({ where: { id }, data, select: { id: true, slug: true } });
      for (const host of hostRows) {
        await tx.host.upsert({
          where: { showId_position: { showId: id, position: host.position } },
          create: { ...host, showId: id },
          update: host,
        });
      }
      await tx.host.deleteMany({ where: { showId: id, position: { gt: hostRows.length } } });
      await recordAudit(tx, {
        actorId,
        action: "show.update",
        entityType: "Show",
        entityId: id,
        data: { slug: show.slug, changed: changedFields(before, { ...data, hosts: hostRows }) },
      });
      return show;
    });
  } catch (error) {
    // Two saves racing for the same slug: the unique index decides, and the loser gets the same clear message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new SlugTakenError(profile.slug);
    throw error;
  }
}

/** Names of the profile fields a save changed, for the audit log. */
function changedFields(
  before: Record<string, unknown> & { hosts: object[] },
  after: Record<string, unknown> & { hosts: object[] },
): string[] {
  const pick = (hosts: object[]) =>
    hosts.map((h) => {
      const { name, persona, localVoice, hostedVoice } = h as Record<string, unknown>;
      return { name, persona, localVoice, hostedVoice };
    });
  return Object.keys(after).filter((key) =>
    key === "hosts"
      ? stable(pick(before.hosts)) !== stable(pick(after.hosts))
      : stable(before[key]) !== stable(after[key]),
  );
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the key order it was given. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
