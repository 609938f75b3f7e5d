import type { Role } from "@/lib/domain/roles";
import { startDatabaseServer, type DatabaseServer } from "../database-server";

/** The embedded server's database that `npm run seed:load` fills and `npm run bench:studio` measures by default. */
export const LOAD_DATABASE = "showrunner_load";

/**
 * Known passwords of the load database's accounts (the demo accounts and the extra hosts' producers). Only for this
 * throwaway benchmark database: they are stored as argon2 hashes like any other password.
 */
export const LOAD_PASSWORDS: Record<Role, string> = {
  PRODUCER: "load-producer-password",
  EDITOR: "load-editor-password",
  ADMIN: "load-admin-password",
};

export const LOAD_EMAILS: Record<Role, string> = {
  PRODUCER: "producer@showrunner.local",
  EDITOR: "editor@showrunner.local",
  ADMIN: "admin@showrunner.local",
};

export interface LoadDatabase {
  url: string;
  description: string;
  server?: DatabaseServer;
}

/** `--database URL` as given, else the database `showrunner_load` on the embedded PostgreSQL (created when missing). */
export async function openLoadDatabase(
  url: string | undefined,
  options: { create: boolean; reset?: boolean },
): Promise<LoadDatabase> {
  if (url) return { url, description: redact(url) };
  const server = await startDatabaseServer();
  if (options.reset) await server.dropDatabase(LOAD_DATABASE);
  if (options.create) await server.createDatabase(LOAD_DATABASE);
  return { url: server.urlFor(LOAD_DATABASE), description: `embedded PostgreSQL, database ${LOAD_DATABASE}`, server };
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
