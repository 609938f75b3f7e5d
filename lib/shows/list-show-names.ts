import "server-only";
import type { Db } from "@/lib/db";

/** Every show's id, slug and name, by name: what filters and per-show forms offer to pick from. */
export async function listShowNames(db: Db) {
  return db.show.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
}
