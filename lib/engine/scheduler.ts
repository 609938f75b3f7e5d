import type { EngineContext } from "./context";
import { DISPATCH_BATCH, dispatchEvents } from "./dispatch";
import { claimJobs, nextDueAt, releaseJobs, type ClaimedJob } from "./jobs";
import { runJob } from "./run-job";
import { EXPIRE_BATCH, expireWaits } from "./waits";
import type { Worker } from "./worker";

/**
 * The engine's loop: dispatch new events, settle due sleeps and timeouts, claim due jobs and run them. It runs
 * when woken in-process (a reply applied, an event received), so a run's next step starts within
 * milliseconds, and at least every `pollMs` for timers and for work other engine processes created.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly inFlight = new Map<string, { done: Promise<void>; abort: AbortController }>();
  /** Claims whose release failed (database trouble); retried on each tick. */
  private readonly orphans = new Set<string>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly worker: Worker,
    private readonly options: { pollMs: number; maxInFlight: number },
  ) {}

  wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.ticking = this.tick().finally(() => {
      this.ticking = undefined;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        setImmediate(() => this.wake());
      }
    });
  }

  private async tick(): Promise<void> {
    let delay = this.options.pollMs;
    try {
      const now = new Date();
      if (this.orphans.size) {
        await releaseJobs(this.ctx.pool, this.worker.id, [...this.orphans]);
        this.orphans.clear();
      }
      const dispatched = await dispatchEvents(this.ctx.pool, now);
      const expired = await expireWaits(this.ctx.pool, now);
      // A full batch means there is more: go round again straight away.
      if (dispatched >= DISPATCH_BATCH || expired >= EXPIRE_BATCH) this.again = true;
      const free = this.options.maxInFlight - this.inFlight.size;
      if (free > 0 && !this.stopped && (await this.worker.ensure())) {
        for (const job of await claimJobs(this.ctx.pool, this.worker.id, now, free)) this.start(job);
      }
      const next = await nextDueAt(this.ctx.pool);
      // Work that was due at `now` but not claimed waits for a slot, and a finishing request wakes us; work
      // that fell due since then (while we were busy) is due now.
      if (next && next > now) delay = Math.min(delay, Math.max(0, next.getTime() - Date.now()));
    } catch (error) {
      this.ctx.log.error(`[engine] scheduler: ${(error as Error).message}`);
    }
    if (!this.stopped) this.timer = setTimeout(() => this.wake(), delay);
  }

  private start(job: ClaimedJob) {
    const abort = new AbortController();
    const done = runJob(this.ctx, job, abort.signal)
      .catch(async (error: Error) => {
        if (!abort.signal.aborted) this.ctx.log.error(`[engine] run ${job.runId}: ${error.message}`);
        await releaseJobs(this.ctx.pool, this.worker.id, [job.id]).catch(() => this.orphans.add(job.id));
      })
      .finally(() => {
        this.inFlight.delete(job.id);
        this.wake();
      });
    this.inFlight.set(job.id, { done, abort });
  }

  /** Stops taking work and waits up to `timeoutMs` for requests in flight; the rest are aborted and released. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking;
    const all = () => Promise.all([...this.inFlight.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all(), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    for (const request of this.inFlight.values()) request.abort.abort();
    await all();
  }
}
