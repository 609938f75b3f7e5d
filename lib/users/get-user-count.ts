import "server-only";
import type { Db } from "@/lib/db";

/** How many accounts exist, disabled ones included: the admin overview's figure. */
export async function getUserCount(db: Db) {
  return db.user.count();
}
