import "server-only";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { getWorkspacePolicy } from "@/lib/costs/get-workspace-policy";

/**
 * The shows a new episode can be made for, by name, each with the budget it starts at and the most this role may
 * set: the show's policy, else the workspace's; producers up to the default, editors and admins up to the hard cap
 * (the rule createEpisode enforces), and its hosts' names (who may speak in a supplied script).
 */
export async function getNewEpisodeShows(db: Db, role: Role) {
  const [shows, workspace] = await Promise.all([
    db.show.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        budgetPolicy: { select: { episodeDefault: true, episodeHardCap: true } },
        // A supplied script's speakers must be these (the form checks before sending; the server checks again).
        hosts: { orderBy: { position: "asc" }, select: { name: true } },
      },
    }),
    getWorkspacePolicy(db),
  ]);
  return shows.map((s) => {
    const policy = s.budgetPolicy ?? workspace;
    const max = role === "PRODUCER" ? policy?.episodeDefault : policy?.episodeHardCap;
    return {
      id: s.id,
      name: s.name,
      defaultBudget: policy?.episodeDefault.toFixed(2) ?? "5.00",
      maxBudget: max?.toFixed(2) ?? "5.00",
      hosts: s.hosts.map((h) => h.name),
    };
  });
}
