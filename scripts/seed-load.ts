/**
 * `npm run seed:load -- [--episodes 5000] [--database URL] [--force] [--reset] [--seed N] [--days 180] [--batch 250]`:
 * fills a database with a realistic studio workload for `npm run bench:studio`: the demo workspace (with known
 * passwords), more shows, hosts and people, and N episodes over the last six months in every status, each with what
 * the pipeline stores (run, stage runs, sources, claims, script versions, brand scores, master audio with waveform
 * peaks and timeline, quality assessment, certification, gates, cost ledger, alerts, audit trail).
 *
 * By default it targets the database `showrunner_load` on the embedded PostgreSQL (never the studio's own), created
 * and migrated when missing. It refuses a database that already holds more than the demo data unless --force
 * (which adds to it); --reset drops and recreates `showrunner_load` first (not allowed with --database).
 */
import { createDb } from "@/lib/db";
import { migrateDeploy } from "./lib/run";
import { parseArgs } from "./lib/load-seed/args";
import { LOAD_EMAILS, LOAD_PASSWORDS, openLoadDatabase } from "./lib/load-seed/load-database";
import { describeExistingData, seedLoadDatabase } from "./lib/load-seed/seed-load-database";

const USAGE =
  "npm run seed:load -- [--episodes 5000] [--database URL] [--force] [--reset] [--seed N] [--days 180] [--batch 250]";
const args = parseArgs(
  process.argv.slice(2),
  {
    episodes: "number",
    database: "string",
    force: "boolean",
    reset: "boolean",
    seed: "number",
    days: "number",
    batch: "number",
  },
  USAGE,
);

async function main() {
  if (args.reset && args.database) {
    console.error("--reset only recreates the embedded showrunner_load database; drop your own database yourself.");
    process.exit(64);
  }
  const episodes = Math.round(args.episodes ?? 5000);
  const started = performance.now();
  const target = await openLoadDatabase(args.database, { create: true, reset: args.reset });
  console.log(`Database: ${target.description}`);
  await migrateDeploy(target.url, true);
  const db = createDb(target.url);
  try {
    const existing = await describeExistingData(db);
    if (existing.length > 0 && !args.force) {
      console.error(
        `Refusing to seed: the database already holds more than the demo data (${existing.join(", ")}).\n` +
          `Pass --force to add ${episodes} more episodes anyway${args.database ? "" : ", or --reset to start showrunner_load over"}.`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`Seeding ${episodes} episodes…`);
    const seedStarted = performance.now();
    const { rows, statuses } = await seedLoadDatabase(db, {
      episodes,
      batchSize: Math.round(args.batch ?? 250),
      seed: Math.round(args.seed ?? 20261124),
      days: args.days ?? 180,
      onProgress: (done, rowCount) => {
        const s = (performance.now() - seedStarted) / 1000;
        console.log(
          `  ${String(done).padStart(6)}/${episodes} episodes, ${rowCount.toLocaleString("en")} rows, ${s.toFixed(1)} s`,
        );
      },
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await db.$executeRawUnsafe("ANALYZE");
    const [sizeRow] = await db.$queryRawUnsafe<{ size: string }[]>(
      "select pg_size_pretty(pg_database_size(current_database())) as size",
    );
    console.log(`\nRows inserted:`);
    for (const [table, n] of Object.entries(rows))
      console.log(`  ${table.padEnd(18)} ${n.toLocaleString("en").padStart(9)}`);
    console.log(
      `Episodes by status: ${Object.entries(statuses)
        .sort((a, b) => b[1] - a[1])
        .map(([s, n]) => `${s} ${n}`)
        .join(", ")}`,
    );
    console.log(`Database size: ${sizeRow?.size ?? "?"}`);
    console.log(
      `Seeded in ${seedSeconds.toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s with set-up).`,
    );
    console.log(
      `\nAccounts: ${Object.entries(LOAD_EMAILS)
        .map(([role, email]) => `${email} / ${LOAD_PASSWORDS[role as keyof typeof LOAD_PASSWORDS]}`)
        .join(", ")}`,
    );
    console.log(`Measure it: npm run bench:studio${args.database ? " -- --database <the same URL>" : ""}`);
  } finally {
    await db.$disconnect();
    await target.server?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
