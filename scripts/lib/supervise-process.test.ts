import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { superviseProcess, type SupervisedPart } from "./supervise-process";
import { isRunning, STUDIO_RUN_VAR } from "./studio-processes";

const fast = { baseMs: 20, capMs: 80, stableMs: 60_000, giveUpAfter: 10 };

/**
 * A part whose processes are tiny Node scripts: `scripts[n]` is the n-th start's code (the last one repeats). Each
 * process's first IPC message says it is ready; the messages are kept.
 */
function part(
  scripts: string[],
  env: NodeJS.ProcessEnv = process.env,
): SupervisedPart & { pids: number[]; messages: unknown[] } {
  const pids: number[] = [];
  const messages: unknown[] = [];
  return {
    name: "test part",
    pids,
    messages,
    spawn() {
      const code = scripts[Math.min(pids.length, scripts.length - 1)]!;
      const child = spawn(process.execPath, ["-e", code], {
        env,
        stdio: ["ignore", "ignore", "ignore", "ipc"],
        detached: true,
      });
      pids.push(child.pid!);
      child.on("message", (message) => messages.push(message));
      return child;
    },
    ready: (child) => new Promise((resolve) => child.once("message", () => resolve())),
  };
}

const SERVES = "process.send('up'); setInterval(() => {}, 1000)";

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("superviseProcess", () => {
  it("restarts a process that exits unexpectedly, logging the cause, with a growing delay while it keeps failing", async () => {
    const logs: string[] = [];
    const p = part([SERVES, "process.exit(3)", "process.exit(3)", SERVES]);
    const supervised = await superviseProcess(p, { policy: fast, log: (m) => logs.push(m) });
    try {
      process.kill(p.pids[0]!, "SIGKILL");
      await until(() => logs.some((m) => m.includes("is back")));
      expect(p.pids).toHaveLength(4);
      expect(supervised.pid).toBe(p.pids[3]);
      expect(logs[0]).toMatch(
        /^The test part \(pid \d+\) exited unexpectedly \(signal SIGKILL\) after [\d.]+ s; restarting it in 0\.0 s\.$/,
      );
      expect(
        logs.slice(1, 3).map((m) => /\(exit code 3\)/.test(m) && /restarting it in ([\d.]+) s/.exec(m)?.[1]),
      ).toEqual(["0.0", "0.1"]);
      expect(logs[3]).toBe(`The test part is back (pid ${p.pids[3]}).`);
    } finally {
      await supervised.stop();
    }
    expect(isRunning(p.pids[3]!)).toBe(false);
  });

  it("stops for good: no restart after stop(), and a process that ignores SIGTERM is killed after the grace time", async () => {
    const p = part(["process.on('SIGTERM', () => {}); " + SERVES]);
    const logs: string[] = [];
    const supervised = await superviseProcess(p, { policy: fast, log: (m) => logs.push(m) });
    await supervised.stop(200);
    expect(isRunning(p.pids[0]!)).toBe(false);
    // The supervisor's exit handler ran before stop() resolved (it listens first): no restart was scheduled.
    expect(p.pids).toHaveLength(1);
    expect(logs).toEqual([]);
    expect(supervised.pid).toBeUndefined();
  });

  it("gives up on a part that keeps failing quickly, saying so", async () => {
    const logs: string[] = [];
    const p = part([SERVES, "process.exit(3)"]);
    const supervised = await superviseProcess(p, { policy: { ...fast, giveUpAfter: 3 }, log: (m) => logs.push(m) });
    try {
      process.kill(p.pids[0]!, "SIGKILL");
      await until(() => logs.some((m) => m.includes("not restarted again")));
      expect(logs.at(-1)).toMatch(
        /^The test part \(pid \d+\) exited unexpectedly \(exit code 3\) after [\d.]+ s: 3 quick exits in a row, so it is not restarted again\./,
      );
      expect(p.pids).toHaveLength(3);
      expect(supervised.pid).toBeUndefined();
    } finally {
      await supervised.stop();
    }
  });

  it("stops what an exited process left in its group, when it carries the run id", async () => {
    const runId = randomUUID();
    // The first process starts a child of its own (in its group, inheriting the run id) and says its pid.
    const leader =
      "const c = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); process.send(c.pid); setInterval(() => {}, 1000)";
    const p = part([leader, SERVES], { ...process.env, [STUDIO_RUN_VAR]: runId });
    const supervised = await superviseProcess(p, { policy: fast, log: () => {}, runId });
    const orphan = p.messages[0] as number;
    try {
      expect(isRunning(orphan)).toBe(true);
      process.kill(p.pids[0]!, "SIGKILL"); // the leader alone: its child stays behind
      await until(() => !isRunning(orphan));
      await until(() => p.messages.length === 2); // restarted
    } finally {
      await supervised.stop();
      if (isRunning(orphan)) process.kill(orphan, "SIGKILL");
    }
  });

  it("reports a first start that fails instead of retrying it", async () => {
    const p = part(["process.exit(78)"]);
    await expect(superviseProcess(p, { policy: fast, log: () => {} })).rejects.toThrow(
      "The test part exited (exit code 78) before it was ready.",
    );
    expect(p.pids).toHaveLength(1);
  });
});
