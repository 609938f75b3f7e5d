/**
 * Preloaded (`node --import`) into every process `npm start` supervises, which it spawns with an IPC channel.
 * Linux offers Node no prctl(PR_SET_PDEATHSIG), but the channel closes when the parent dies, even by SIGKILL:
 * the process then stops as on SIGTERM (its own handlers run), and is forced out if that takes too long.
 * Without a channel (started by hand) it does nothing.
 */
const FORCE_EXIT_MS = 15_000;

if (process.channel) {
  process.on("disconnect", () => {
    setTimeout(() => process.exit(1), FORCE_EXIT_MS).unref();
    process.kill(process.pid, "SIGTERM");
  });
  // The channel only watches the parent; it must not keep this process alive on its own.
  process.channel.unref();
}
