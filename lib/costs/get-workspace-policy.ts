import "server-only";
import type { Db } from "@/lib/db";

/** The workspace's budget policy (the one no show owns), or null before an admin sets it. */
export async function getWorkspacePolicy(db: Db) {
  return db.budgetPolicy.findFirst({ where: { showId: null } });
}
