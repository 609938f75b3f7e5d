import type { Role } from "@/lib/domain/roles";

/** Accounts the e2e server seeds into its own fresh database (never used outside e2e). */
export const E2E_PASSWORDS: Record<Role, string> = {
  PRODUCER: "e2e-producer-password",
  EDITOR: "e2e-editor-password",
  ADMIN: "e2e-admin-password",
};

export const E2E_EMAILS: Record<Role, string> = {
  PRODUCER: "producer@showrunner.local",
  EDITOR: "editor@showrunner.local",
  ADMIN: "admin@showrunner.local",
};
