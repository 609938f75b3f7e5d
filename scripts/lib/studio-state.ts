import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "./database-server";
import { commandOf, cwdOf, findRunProcesses, isRunning, portHolder, stopProcesses } from "./studio-processes";

/**
 * What a running `npm start` leaves in its data folder (studio.json), so the next start can tell whether it is
 * still running, find what a killed one left behind, and take over the embedded PostgreSQL it owned.
 */
const studioStateSchema = z.object({
  runId: z.string(),
  pid: z.number().int(),
  /** Set when that start owns the embedded PostgreSQL (started it, or took it over): the server's start time. */
  postgresStartedAt: z.string().optional(),
});
export type StudioState = z.infer<typeof studioStateSchema>;

function statePath(): string {
  return path.join(dataDir(), "studio.json");
}

/**
 * The state the last start left, if any. A file that cannot be read as one (cut short by a full disk, edited by hand)
 * counts as absent, with a warning, so it cannot stop every later start; this start's state then replaces it.
 */
export function readStudioState(warn: (message: string) => void = console.warn): StudioState | undefined {
  if (!existsSync(statePath())) return undefined;
  try {
    return studioStateSchema.parse(JSON.parse(readFileSync(statePath(), "utf8")));
  } catch {
    warn(`Ignoring ${statePath()}: it is not a studio state (it will be replaced).`);
    return undefined;
  }
}

export function writeStudioState(state: StudioState): void {
  mkdirSync(dataDir(), { recursive: true });
  writeFileSync(statePath(), JSON.stringify(state), { mode: 0o600 });
}

/** Removes the file if it is still this run's (a newer start may have replaced it). */
export function removeStudioState(runId: string): void {
  if (readStudioState(() => {})?.runId === runId) rmSync(statePath(), { force: true });
}

/** The supervisor of `state`, when it still runs: a process started from this folder running scripts/start.ts. */
function liveSupervisor(state: StudioState): number | undefined {
  const { pid } = state;
  return isRunning(pid) && commandOf(pid)?.includes("scripts/start.ts") && cwdOf(pid) === process.cwd()
    ? pid
    : undefined;
}

/**
 * Refuses to start beside a running studio of this data folder, and stops what a previous start that did not stop
 * cleanly (killed with SIGKILL, a crash) left running: only processes carrying that start's run id.
 */
export async function clearLeftovers(previous: StudioState | undefined, log: (message: string) => void): Promise<void> {
  if (!previous) return;
  const supervisor = liveSupervisor(previous);
  if (supervisor) {
    throw new Error(
      `The studio is already running from this folder (npm start, pid ${supervisor}). Stop it first (Ctrl-C in its terminal, or kill ${supervisor}).`,
    );
  }
  const leftovers = findRunProcesses(previous.runId);
  if (leftovers.length === 0) return;
  log(
    `Stopping what a previous start left running: ${leftovers.map((p) => `pid ${p.pid} (${p.command.slice(0, 80)})`).join(", ")}`,
  );
  await stopProcesses(
    leftovers.map((p) => p.pid),
    previous.runId,
  );
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Fails naming the port, its variable and the program holding it, when one of `ports` is taken. */
export async function ensurePortsFree(ports: { port: number; variable: string; part: string }[]): Promise<void> {
  for (const { port, variable, part } of ports) {
    if (await canListen(port)) continue;
    const holder = portHolder(port);
    const who = holder ? `pid ${holder.pid} (${holder.command.slice(0, 120)})` : "another program";
    throw new Error(
      `Port ${port}, the ${part}'s, is taken by ${who}, which this studio did not start. Stop it, or set ${variable} to a free port.`,
    );
  }
}
