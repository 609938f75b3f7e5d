/**
 * `npm run prisma -- <args>`: the official Prisma CLI against the studio's database (DATABASE_URL, else the
 * embedded PostgreSQL, started if needed). E.g. `npm run prisma -- migrate dev --name add-x`.
 */
import { startDatabaseServer } from "./lib/database-server";
import { bin, run } from "./lib/run";

const server = process.env.DATABASE_URL ? undefined : await startDatabaseServer();
if (server) await server.createDatabase("showrunner");
const url = process.env.DATABASE_URL ?? server!.urlFor("showrunner");
try {
  await run(bin("prisma"), process.argv.slice(2), { env: { ...process.env, DATABASE_URL: url } });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await server?.stop();
}
