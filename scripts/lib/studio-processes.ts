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

/** Alive and not a zombie (a zombie has exited and only waits for its parent to read its status). */
export function isRunning(pid: number): boolean {
  const stat = readProc(pid, "stat");
  if (stat === undefined) return false;
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
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
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const marker = `${STUDIO_RUN_VAR}=${runId}`;
  return pids
    .filter((pid) => Number(pid) !== process.pid && readProc(pid, "environ")?.split("\0").includes(marker) && isRunning(Number(pid)))
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
      if (fields.length > 9 && fields[3] === "0A" && parseInt(fields[1]!.split(":")[1]!, 16) === port) inodes.add(fields[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
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

/** SIGTERM to each, then SIGKILL to those still running after `graceMs`; resolves once all are gone. */
export async function stopProcesses(pids: number[], graceMs = 10_000): Promise<void> {
  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      /* already gone */
    }
  };
  pids.forEach((pid) => signal(pid, "SIGTERM"));
  const deadline = Date.now() + graceMs;
  while (pids.some(isRunning) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  pids.filter(isRunning).forEach((pid) => signal(pid, "SIGKILL"));
  while (pids.some(isRunning)) await new Promise((r) => setTimeout(r, 50));
}
