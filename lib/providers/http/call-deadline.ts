import { ProviderTimeoutError, ProviderUnreachableError } from "@/lib/providers/errors";
import { addressOf, describeNetworkError } from "./describe-network-error";

/**
 * The signal one hosted call runs under: aborted by the caller (the step's attempt ended) or by the call's own
 * timeout, whichever comes first. `failure` turns what the call threw into an error that names the provider and
 * its address: a timeout is a ProviderTimeoutError (retried like a rate limit), the caller's abort is passed on as
 * it came, any other error below HTTP is a ProviderUnreachableError with its cause.
 */
export function callDeadline(provider: string, url: string | URL, timeoutMs: number, callerSignal?: AbortSignal) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  return {
    signal,
    failure(error: unknown): unknown {
      if (callerSignal?.aborted) return callerSignal.reason ?? error;
      if (timeout.aborted) return new ProviderTimeoutError(provider, addressOf(url), timeoutMs);
      return new ProviderUnreachableError(provider, addressOf(url), describeNetworkError(error), { cause: error });
    },
  };
}
