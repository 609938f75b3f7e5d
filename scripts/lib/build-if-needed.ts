import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { bin, run } from "./run";

const SOURCES = [
  "app",
  "components",
  "lib",
  "inngest",
  "proxy.ts",
  "next.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
  "app/globals.css",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry === path.join("lib", "generated")) return 0;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Builds the production bundle when there is none or any source is newer than it. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv): Promise<void> {
  const buildId = path.join(".next", "BUILD_ID");
  if (existsSync(buildId)) {
    const builtAt = statSync(buildId).mtimeMs;
    if (Math.max(...SOURCES.map(newestMtime)) < builtAt) return;
  }
  console.log("Building the studio (production build, about a minute on 2 cores)…");
  await run(bin("next"), ["build"], { env });
}
