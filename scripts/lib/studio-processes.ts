import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/**
 * The processes of one studio start (`npm start`), found in /proc: every process the supervisor spawns carries
 * SHOWRUNNER_STUDIO_RUN=<run id> in its environment, which its own children inherit and which a process cannot
 * lose (/proc/<pid>/environ is the environment it started with). A start finds its dead predecessor's leftovers this
 * way and stops only them. Linux only; elsewhere nothing is found.
 */
export const STUDIO_RUN_VAR = "SHOWRUNNER_STUDIO_RUN";

export interface FoundProcess {
  pid: number;
  command: string;
}

function readProc(pid: number | string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "latin1");
  } catch {
    return undefined; // gone, or not ours to read
  }
}

/** The command line, arguments joined by spaces (what `ps` shows). */
export function commandOf(pid: number): string | undefined {
  return readProc(pid, "cmdline")?.split("\0").filter(Boolean).join(" ");
}

/** The fields of /proc/<pid>/stat after the command name (state, ppid, pgrp, …; see proc(5)), or undefined when gone. */
function statFields(pid: number | string): string[] | undefined {
  const stat = readProc(pid, "stat");
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Alive and not a zombie (a zombie has exited and only waits for its parent to read its status). */
export function isRunning(pid: number): boolean {
  const state = statFields(pid)?.[0];
  return state !== undefined && state !== "Z";
}

/**
 * When the process started (clock ticks after boot): with the pid, it names one process, since a pid reused later
 * belongs to a process started later.
 */
export function startTimeOf(pid: number): string | undefined {
  return statFields(pid)?.[19];
}

/** Running, and started by the studio run `runId` (its environment carries the run id). */
export function carriesRun(pid: number | string, runId: string): boolean {
  return (
    Boolean(readProc(pid, "environ")?.split("\0").includes(`${STUDIO_RUN_VAR}=${runId}`)) && isRunning(Number(pid))
  );
}

/** The processes of process group `pgid`. */
export function groupMembers(pgid: number): number[] {
  return allPids()
    .filter((pid) => statFields(pid)?.[2] === String(pgid))
    .map(Number);
}

function allPids(): string[] {
  try {
    return readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
}

/** The working folder of a process, when it is ours to read. */
export function cwdOf(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

export function findRunProcesses(runId: string): FoundProcess[] {
  return allPids()
    .filter((pid) => Number(pid) !== process.pid && carriesRun(pid, runId))
    .map((pid) => ({ pid: Number(pid), command: commandOf(Number(pid)) ?? "?" }));
}

/** The process listening on a local TCP port, when /proc shows it (and it is ours to see). */
export function portHolder(port: number): FoundProcess | undefined {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; the inode is the 10th field.
      if (fields.length > 9 && fields[3] === "0A" && parseInt(fields[1]!.split(":")[1]!, 16) === port)
        inodes.add(fields[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of allPids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return { pid: Number(pid), command: commandOf(Number(pid)) ?? "?" };
    }
  }
  return undefined;
}

/**
 * SIGTERM to each of `pids` that carries `runId`, then SIGKILL to those still running after `graceMs`; resolves once
 * all are gone. Only those processes are signalled: a pid found earlier and reused since is left alone.
 */
export async function stopProcesses(pids: number[], runId: string, graceMs = 10_000): Promise<void> {
  // Named by pid and start time once: a process that is exiting has already lost the environment that showed its run,
  // but is not gone until its state says so; a pid reused since starts at another time.
  const targets = pids.filter((pid) => carriesRun(pid, runId)).map((pid) => ({ pid, started: startTimeOf(pid) }));
  const alive = () => targets.filter(({ pid, started }) => isRunning(pid) && startTimeOf(pid) === started);
  const signal = (name: NodeJS.Signals) =>
    alive().forEach(({ pid }) => {
      try {
        process.kill(pid, name);
      } catch {
        /* already gone */
      }
    });
  signal("SIGTERM");
  const deadline = Date.now() + graceMs;
  while (alive().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  signal("SIGKILL");
  while (alive().length > 0) await new Promise((r) => setTimeout(r, 50));
}
