import "server-only";
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import type { Script } from "@/lib/domain/script";
import type { BrandViolation, DimensionScore } from "@/lib/quality/brand/types";

/** How many versions (without their text) one answer lists; older ones are paged with `before`. */
export const SCRIPT_VERSIONS_PAGE = 50;

const fullVersion = {
  id: true,
  version: true,
  authorKind: true,
  note: true,
  createdAt: true,
  segments: true,
  author: { select: { name: true } },
  brandScores: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: {
      overall: true,
      threshold: true,
      passed: true,
      dimensions: true,
      violations: true,
      method: true,
      createdAt: true,
    },
  },
} as const;

async function findFullVersion(db: Db, episodeId: string, where: { version?: number; below?: number }) {
  const row = await db.scriptVersion.findFirst({
    where: {
      episodeId,
      ...(where.version ? { version: where.version } : {}),
      ...(where.below ? { version: { lt: where.below } } : {}),
    },
    orderBy: { version: "desc" },
    select: fullVersion,
  });
  if (!row) return null;
  const { brandScores, segments, ...v } = row;
  const brand = brandScores[0];
  return {
    ...v,
    segments: segments as Script["segments"],
    brand: brand
      ? {
          ...brand,
          dimensions: brand.dimensions as unknown as DimensionScore[],
          violations: brand.violations as unknown as BrandViolation[],
        }
      : null,
  };
}

/**
 * The Script tab, bounded however many versions an episode has: a page of versions newest first (number, author,
 * note; no text), one version in full with its latest brand score (the newest unless `version` is given), and the
 * version before it in full, to compare against; and the show's hosts, who may speak a line.
 */
export async function getEpisodeScripts(db: Db, episodeId: string, query: { version?: number; before?: number } = {}) {
  const [rows, current, hosts] = await Promise.all([
    db.scriptVersion.findMany({
      where: { episodeId, ...(query.before ? { version: { lt: query.before } } : {}) },
      orderBy: { version: "desc" },
      take: SCRIPT_VERSIONS_PAGE + 1,
      select: {
        id: true,
        version: true,
        authorKind: true,
        note: true,
        createdAt: true,
        author: { select: { name: true } },
      },
    }),
    findFullVersion(db, episodeId, { version: query.version }),
    // Who may speak a line: the editor offers these, in the show's order.
    db.host.findMany({
      where: { show: { episodes: { some: { id: episodeId } } } },
      orderBy: { position: "asc" },
      select: { name: true },
    }),
  ]);
  if (query.version && !current) throw new NotFoundError(`Version ${query.version} of that script`);
  const versions = rows.slice(0, SCRIPT_VERSIONS_PAGE);
  return {
    versions,
    nextBefore: rows.length > SCRIPT_VERSIONS_PAGE ? versions.at(-1)!.version : null,
    current,
    previous: current ? await findFullVersion(db, episodeId, { below: current.version }) : null,
    hosts: hosts.map((h) => h.name),
  };
}
