import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";

export function bin(name: string): string {
  return path.resolve("node_modules/.bin", name);
}

/** Runs a command to completion, streaming its output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Applies committed migrations with the official Prisma CLI (offline: see prisma.config.ts). */
export function migrateDeploy(databaseUrl: string, quiet = false): Promise<void> {
  return run(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
  });
}
