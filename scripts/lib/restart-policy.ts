/**
 * When to restart a supervised process that exited unexpectedly: exponential backoff from `baseMs`, capped at
 * `capMs`, reset once a run lasted `stableMs` (a process that ran for a while and then died is not crash-looping);
 * after `giveUpAfter` quick exits in a row, not at all (it will not come up by itself, and the log says why).
 * Pure, so the policy is tested without processes.
 */
export interface RestartPolicy {
  baseMs: number;
  capMs: number;
  stableMs: number;
  giveUpAfter: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  baseMs: 1_000,
  capMs: 30_000,
  stableMs: 60_000,
  giveUpAfter: 10,
};

export interface RestartState {
  /** Quick exits in a row (runs shorter than stableMs), including the one just seen. */
  failures: number;
}

/** The state after a run of `ranMs` ended, and how long to wait before the next start (undefined: give up). */
export function nextRestart(
  policy: RestartPolicy,
  state: RestartState,
  ranMs: number,
): { state: RestartState; delayMs: number | undefined } {
  const failures = ranMs >= policy.stableMs ? 1 : state.failures + 1;
  const delayMs =
    failures >= policy.giveUpAfter ? undefined : Math.min(policy.capMs, policy.baseMs * 2 ** (failures - 1));
  return { state: { failures }, delayMs };
}

/** "exit code 1", "signal SIGKILL": the cause of an exit, for the log. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code ?? "unknown"}`;
}
