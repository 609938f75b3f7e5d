import { z } from "zod";
import { ForbiddenError } from "./errors";

export const ROLES = ["PRODUCER", "EDITOR", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

// Each role can do everything the roles below it can: editors also produce, admins also review.
const RANK: Record<Role, number> = { PRODUCER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

/** Refuses (403) a user below the role an action needs, saying who may do it: "Only an editor or admin can …". */
export function requireRole(user: { role: Role }, atLeast: Role, doing: string): void {
  if (hasRole(user.role, atLeast)) return;
  const who = atLeast === "ADMIN" ? "an admin" : atLeast === "EDITOR" ? "an editor or admin" : "a signed-in user";
  throw new ForbiddenError(`Only ${who} can ${doing}.`);
}

export const ROLE_LABELS: Record<Role, string> = {
  PRODUCER: "Producer",
  EDITOR: "Editor",
  ADMIN: "Admin",
};
