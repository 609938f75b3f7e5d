import { spawn } from "node:child_process";

export interface RunCommandOptions {
  /** Written to the child's stdin, which is then closed. */
  input?: string | Buffer;
  /** Receives stdout as it arrives instead of it being collected (for large PCM streams). */
  onStdout?: (chunk: Buffer) => void;
  /** Kills the child after this long: a hung engine must fail the step, not stall it. */
  timeoutMs?: number;
  cwd?: string;
  /** Kills the child when aborted (its caller's attempt ended); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface CommandResult {
  stdout: Buffer;
  stderr: string;
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly stderr: string,
    reason: string,
  ) {
    super(`${command} ${reason}: ${stderr.trim().split("\n").slice(-5).join(" | ")}`);
    this.name = "CommandError";
  }
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** Runs a program without a shell (arguments are never interpreted) and collects its output. */
export function runCommand(command: string, args: string[], options: RunCommandOptions = {}): Promise<CommandResult> {
  const { input, onStdout, timeoutMs = DEFAULT_TIMEOUT_MS, cwd, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const abort = () => child.kill("SIGKILL");
    signal?.addEventListener("abort", abort, { once: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);

    child.stdout.on("data", (chunk: Buffer) => (onStdout ? onStdout(chunk) : stdout.push(chunk)));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    // A child that exits before reading its input closes the pipe; the exit code tells what happened.
    child.stdin.on("error", () => {});
    child.on("error", (error) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      reject(new CommandError(command, null, "", `could not start (${error.message})`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      if (signal?.aborted) return reject(signal.reason);
      const err = Buffer.concat(stderr).toString("utf8");
      if (timedOut) return reject(new CommandError(command, code, err, `timed out after ${timeoutMs} ms`));
      if (code !== 0) return reject(new CommandError(command, code, err, `exited with code ${code}`));
      resolve({ stdout: Buffer.concat(stdout), stderr: err });
    });
    child.stdin.end(input);
  });
}
