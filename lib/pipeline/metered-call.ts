import type { Usage } from "@/lib/domain/usage";
import { spentUsageOf } from "@/lib/providers/errors";
import { retryInPlace } from "./retry-in-place";
import type { StageContext } from "./types";

/**
 * Runs a billable call: refused before it is made if its estimate would pass the hard cap, retried in place while it
 * fails transiently (ctx.callRetry, under the one hold), then charged once with the usage it measured (`measure`
 * defaults to the estimate). A try that fails having spent something (its error carries the usage: withSpentUsage)
 * is charged that, and not retried in place. The call gets the attempt's signal; once the
 * attempt has ended nothing starts, and a call that still comes back is dropped, not charged.
 */
export async function meteredCall<T>(
  ctx: StageContext,
  estimate: Usage[],
  call: (signal: AbortSignal) => Promise<T> | T,
  measure: (result: T) => Usage[] = () => estimate,
  /** Names the call in the ledger's idempotency key when the order of calls does not (see Meter.charge). */
  callKey?: string,
): Promise<T> {
  const { signal, callRetry } = ctx;
  signal.throwIfAborted();
  const hold = await ctx.meter.authorize(estimate);
  const charge = async (usages: Usage[]) => {
    for (const [i, usage] of usages.entries()) {
      signal.throwIfAborted();
      await ctx.meter.charge(usage, callKey === undefined ? undefined : `${callKey}:${i}`);
    }
  };
  try {
    let result: T;
    try {
      // A try that spent something is not tried again under this hold, which covers one call: the step's retry
      // holds afresh, so the cap is never outspent. So only the last try can have spent.
      result = await retryInPlace(async () => call(signal), callRetry, {
        signal,
        onRetry: callRetry.onRetry,
        retriable: (error) => spentUsageOf(error).length === 0,
      });
    } catch (error) {
      // Once the attempt has ended its charges are refused (AttemptEndedError), so only its own error is passed on.
      if (!signal.aborted) await charge(spentUsageOf(error));
      throw error;
    }
    await charge(measure(result));
    return result;
  } finally {
    await ctx.meter.release(hold);
  }
}

export const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));
