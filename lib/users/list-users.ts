import "server-only";
import type { Db } from "@/lib/db";
import { signInLocks } from "@/lib/auth/sign-in-limiter";

export const USERS_PAGE = 100;
export const USERS_PAGE_MAX = 500;

/**
 * People in the order they joined, a page at a time (`after` is the last id of the previous page), each with the
 * sign-in lock in force on their email, if any.
 */
export async function listUsers(db: Db, { limit = USERS_PAGE, after }: { limit?: number; after?: string } = {}) {
  const rows = await db.user.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
  const users = rows.slice(0, limit);
  const locks = await signInLocks(
    db,
    users.map((u) => u.email),
  );
  return {
    users: users.map((u) => ({ ...u, lock: locks.get(u.email) ?? null })),
    nextAfter: rows.length > limit ? rows[limit - 1]!.id : null,
  };
}
