import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findRunProcesses, isRunning, portHolder, stopProcesses, STUDIO_RUN_VAR } from "./studio-processes";

describe.runIf(process.platform === "linux")("studio processes in /proc", () => {
  it("finds the processes of a run by the id in their environment, children included, and stops them", async () => {
    const runId = randomUUID();
    // A process of the run that starts a child of its own (as next-server could), and one of another run.
    const parent = spawn(
      process.execPath,
      [
        "-e",
        "require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000)",
      ],
      {
        env: { ...process.env, [STUDIO_RUN_VAR]: runId },
        stdio: "ignore",
      },
    );
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], {
      env: { ...process.env, [STUDIO_RUN_VAR]: randomUUID() },
      stdio: "ignore",
    });
    try {
      let found = findRunProcesses(runId);
      for (let i = 0; found.length < 2 && i < 100; i++) {
        await new Promise((r) => setTimeout(r, 50));
        found = findRunProcesses(runId);
      }
      expect(found.map((p) => p.pid)).toContain(parent.pid);
      expect(found).toHaveLength(2);
      expect(found.every((p) => p.command.includes("setInterval"))).toBe(true);

      await stopProcesses(
        found.map((p) => p.pid),
        runId,
        1_000,
      );
      expect(found.some((p) => isRunning(p.pid))).toBe(false);
      expect(findRunProcesses(runId)).toEqual([]);
      expect(isRunning(other.pid!)).toBe(true);
      // A pid that does not carry the run id (reused since it was found) is not signalled.
      await stopProcesses([other.pid!], runId, 100);
      expect(isRunning(other.pid!)).toBe(true);
    } finally {
      other.kill("SIGKILL");
      parent.kill("SIGKILL");
    }
  });

  it("names the process listening on a port", async () => {
    const server = createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as { port: number };
    try {
      expect(portHolder(port)).toEqual({ pid: process.pid, command: expect.stringContaining("node") });
    } finally {
      server.close();
    }
    await once(server, "close");
    expect(portHolder(port)).toBeUndefined();
  });
});
