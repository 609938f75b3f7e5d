import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 4, after the command in parentheses (which may itself contain spaces and parentheses).
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** The process and all its descendants, from /proc. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const ppid = parentOf(pid);
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

/**
 * Samples the summed RSS of a process tree every `intervalMs` (the tree itself is re-read every second, so the
 * sampling stays cheap and does not disturb the latencies being measured). `mark()` starts a new peak window.
 */
export function sampleTreeRss(root: number, intervalMs = 100) {
  let pids = processTree(root);
  let treeAt = Date.now();
  let current = 0;
  let peak = 0;
  let overallPeak = 0;
  const perProcessPeak = new Map<number, number>();
  const tick = () => {
    if (Date.now() - treeAt >= 1000) {
      pids = processTree(root);
      treeAt = Date.now();
    }
    let sum = 0;
    for (const pid of pids) {
      const mb = rssMb(pid);
      sum += mb;
      perProcessPeak.set(pid, Math.max(perProcessPeak.get(pid) ?? 0, mb));
    }
    current = sum;
    peak = Math.max(peak, sum);
    overallPeak = Math.max(overallPeak, sum);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    current: () => current,
    /** Peak since the last mark. */
    peak: () => peak,
    overallPeak: () => overallPeak,
    mark: () => {
      tick();
      peak = current;
    },
    processes: () => [...perProcessPeak].map(([pid, mb]) => ({ pid, name: processName(pid), peakMb: mb })),
    stop: () => clearInterval(timer),
  };
}
