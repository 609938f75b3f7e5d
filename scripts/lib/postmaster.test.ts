import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { stopPostmaster } from "./postmaster";
import { isRunning, startTimeOf } from "./studio-processes";

/** A process standing in for the server (Node, like PostgreSQL, stops on SIGINT). */
function standIn() {
  return spawn(process.execPath, ["-e", "process.send('up'); setInterval(() => {}, 1000)"], {
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
}

describe.runIf(process.platform === "linux")("stopPostmaster", () => {
  it("stops the process it recorded, and waits until it is gone", async () => {
    const child = standIn();
    await once(child, "message");
    await stopPostmaster({ pid: child.pid!, startedAt: "", processStartedAt: startTimeOf(child.pid!) });
    expect(isRunning(child.pid!)).toBe(false);
  });

  it("leaves alone a process that now has the recorded pid but started at another time", async () => {
    const child = standIn();
    await once(child, "message");
    const logs: string[] = [];
    try {
      await stopPostmaster({ pid: child.pid!, startedAt: "", processStartedAt: "1" }, (m) => logs.push(m));
      expect(isRunning(child.pid!)).toBe(true);
      expect(logs).toEqual([`PostgreSQL's pid ${child.pid} now belongs to another process; leaving it alone.`]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
