import { describe, expect, it } from "vitest";
import { runCommand } from "@/lib/providers/process/run-command";

describe("running a program", () => {
  it("kills the program when the caller's signal is aborted, and rejects with the signal's reason once it has exited", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const running = runCommand("sleep", ["30"], { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("attempt ended")), 50);
    // "close" (which settles the promise) comes only after the child has exited.
    await expect(running).rejects.toThrow("attempt ended");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("does not start a program for an already aborted caller", async () => {
    const controller = new AbortController();
    controller.abort(new Error("attempt ended"));
    await expect(runCommand("sleep", ["30"], { signal: controller.signal })).rejects.toThrow("attempt ended");
  });

  it("still collects the output of a program that finishes", async () => {
    const { stdout } = await runCommand("echo", ["hello"], { signal: new AbortController().signal });
    expect(stdout.toString()).toBe("hello\n");
  });
});
