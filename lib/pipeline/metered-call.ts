import type { Usage } from "@/lib/domain/usage";
import { retryInPlace } from "./retry-in-place";
import type { StageContext } from "./types";

/**
 * Runs a billable call: refused before it is made if its estimate would pass the hard cap, retried in place while it
 * fails transiently (ctx.callRetry, under the one hold), then charged once with the usage it measured (`measure`
 * defaults to the estimate). The call gets the attempt's signal; once the attempt has ended nothing starts, and a
 * call that still comes back is dropped, not charged.
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
  try {
    const result = await retryInPlace(async () => call(signal), callRetry, { signal, onRetry: callRetry.onRetry });
    for (const [i, usage] of measure(result).entries()) {
      signal.throwIfAborted();
      await ctx.meter.charge(usage, callKey === undefined ? undefined : `${callKey}:${i}`);
    }
    return result;
  } finally {
    await ctx.meter.release(hold);
  }
}

export const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));
