import path from "node:path";
import { dataDir, startDatabaseServer, type DatabaseServer } from "./database-server";

/** The embedded server's database that the studio uses. */
export const STUDIO_DATABASE = "showrunner";

export interface StudioDatabase {
  url: string;
  /** Where it lives, for a start-up line. */
  description: string;
  /** The embedded server, when DATABASE_URL is unset (stop() stops it only if this process started it). */
  server?: DatabaseServer;
}

/**
 * The studio's database: DATABASE_URL when set, else the database "showrunner" on the embedded PostgreSQL under
 * .data/ (started unless another process of this checkout, e.g. `npm start`, already runs it). `npm start` and
 * `npm run produce` both use it, so a produced episode shows up in the studio.
 */
export async function openStudioDatabase(
  env: Record<string, string | undefined> = process.env,
): Promise<StudioDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, description: "DATABASE_URL" };
  const server = await startDatabaseServer();
  await server.createDatabase(STUDIO_DATABASE);
  return {
    url: server.urlFor(STUDIO_DATABASE),
    description: `embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir()) || "."}/)`,
    server,
  };
}
