import type { Usage } from "@/lib/costs/prices";
import type { StageContext } from "./types";

/**
 * Runs a billable call: refused before it is made if its estimate would pass the hard cap, then charged with the
 * usage it measured (`measure` defaults to the estimate).
 */
export async function meteredCall<T>(
  ctx: StageContext,
  estimate: Usage[],
  call: () => Promise<T> | T,
  measure: (result: T) => Usage[] = () => estimate,
): Promise<T> {
  const hold = await ctx.meter.authorize(estimate);
  try {
    const result = await call();
    for (const usage of measure(result)) await ctx.meter.charge(usage);
    return result;
  } finally {
    await ctx.meter.release(hold);
  }
}

export const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));
