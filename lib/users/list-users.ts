import type { Db } from "@/lib/db";

export const USERS_PAGE = 100;
export const USERS_PAGE_MAX = 500;

/** People in the order they joined, a page at a time (`after` is the last id of the previous page). */
export async function listUsers(db: Db, { limit = USERS_PAGE, after }: { limit?: number; after?: string } = {}) {
  const rows = await db.user.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  return { users: rows.slice(0, limit), nextAfter: rows.length > limit ? rows[limit - 1]!.id : null };
}
