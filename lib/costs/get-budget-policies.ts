import "server-only";
import type { Db } from "@/lib/db";
import { listShowNames } from "@/lib/shows/list-show-names";

/** The workspace's budget policy and each show (by name) with its own policy, null where the show has none yet. */
export async function getBudgetPolicies(db: Db) {
  const [policies, shows] = await Promise.all([db.budgetPolicy.findMany(), listShowNames(db)]);
  return {
    workspace: policies.find((p) => p.showId === null) ?? null,
    shows: shows.map((show) => ({
      id: show.id,
      name: show.name,
      policy: policies.find((p) => p.showId === show.id) ?? null,
    })),
  };
}
