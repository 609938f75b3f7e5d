import { z } from "zod";

export const ROLES = ["PRODUCER", "EDITOR", "ADMIN"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

// Each role can do everything the roles below it can: editors also produce, admins also review.
const RANK: Record<Role, number> = { PRODUCER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

export const ROLE_LABELS: Record<Role, string> = {
  PRODUCER: "Producer",
  EDITOR: "Editor",
  ADMIN: "Admin",
};
