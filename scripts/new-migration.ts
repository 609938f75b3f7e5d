/**
 * `npm run db:migration -- <name>`: writes a new migration from the difference between the committed migrations and
 * prisma/schema.prisma, then applies it. Works where `prisma migrate dev` refuses (non-interactive shells, CI).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startDatabaseServer } from "./lib/database-server";
import { bin, migrateDeploy, run } from "./lib/run";

const name = process.argv[2]?.replace(/[^a-z0-9_]+/gi, "_");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(1);
}
const server = process.env.DATABASE_URL ? undefined : await startDatabaseServer();
if (server) await server.createDatabase("showrunner");
const url = process.env.DATABASE_URL ?? server!.urlFor("showrunner");
const scratch = path.join(tmpdir(), `migration-${Date.now()}.sql`);
try {
  await run(
    bin("prisma"),
    [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema",
      "prisma/schema.prisma",
      "--script",
      "--output",
      scratch,
    ],
    {
      env: { ...process.env, DATABASE_URL: url },
    },
  );
  const sql = readFileSync(scratch, "utf8");
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${dir}/migration.sql`);
    await migrateDeploy(url);
  }
} finally {
  await server?.stop();
}
