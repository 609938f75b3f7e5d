import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const EXIT_WITH_PARENT = path.resolve("scripts/lib/exit-with-parent.mjs");

/**
 * Spawns a Node process of the studio: `args` after Node's own (e.g. `--import tsx server/engine.ts`), with an IPC
 * channel it stops on when this process dies (exit-with-parent.mjs), in a process group of its own (so Ctrl-C in a
 * terminal reaches only the supervisor, which stops the parts in order).
 */
export function spawnPart(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ["--import", EXIT_WITH_PARENT, ...args], {
    env,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    detached: true,
  });
  // The channel tells the child when this process is gone; it must not keep this process alive.
  child.channel?.unref();
  return child;
}

/** Resolves when the child says "listening" over IPC (so another server on its port cannot pass for it). */
export function saysListening(child: ChildProcess, what: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => settle(new Error(`The ${what} did not say it was listening within ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
    const onMessage = (message: unknown) => message === "listening" && settle();
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(
        new Error(`The ${what} exited (${signal ? `signal ${signal}` : `exit code ${code}`}) before it was listening.`),
      );
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
