import { RateLimitedError } from "@/lib/providers/errors";

export interface FaultRates {
  /** Share of calls that fail with a 429 (retried after `retryAfterMs`). */
  rateLimit: number;
  /** Share of calls that fail like a provider 5xx. */
  serverError: number;
  /** Share of calls that hang for `timeoutMs` and then fail like a timeout. */
  timeout: number;
}

export interface FaultOptions extends FaultRates {
  retryAfterMs?: number;
  timeoutMs?: number;
  /** A source of numbers in [0, 1); tests pass a seeded one. */
  random?: () => number;
  /** Told of each fault as it is injected (tests count them against the retries). */
  onFault?: (kind: "429" | "5xx" | "timeout", call: string) => void;
}

export class InjectedFaultError extends Error {
  /** Like the provider failure it stands for, worth retrying (see isTransientError). */
  readonly transient = true;
  constructor(message: string) {
    super(message);
    this.name = "InjectedFaultError";
  }
}

/**
 * Parses SHOWRUNNER_PROVIDER_FAULTS, e.g. "speech:429=0.2,5xx=0.1;writer:timeout=0.05", into rates per capability.
 * Empty means no faults anywhere.
 */
export function parseProviderFaults(spec: string): Record<string, FaultRates> {
  const result: Record<string, FaultRates> = {};
  for (const part of spec.split(";").map((p) => p.trim()).filter(Boolean)) {
    const [capability, rates] = part.split(":");
    if (!capability || !rates) throw new Error(`Provider fault "${part}": expected capability:kind=rate,...`);
    const r: FaultRates = { rateLimit: 0, serverError: 0, timeout: 0 };
    for (const pair of rates.split(",")) {
      const [kind, value] = pair.split("=");
      const rate = Number(value);
      if (!(rate >= 0 && rate <= 1)) throw new Error(`Provider fault "${part}": rates are numbers from 0 to 1`);
      if (kind === "429") r.rateLimit = rate;
      else if (kind === "5xx") r.serverError = rate;
      else if (kind === "timeout") r.timeout = rate;
      else throw new Error(`Provider fault "${part}": kinds are 429, 5xx and timeout`);
    }
    result[capability.trim()] = r;
  }
  return result;
}

/**
 * Wraps a provider so each of its async methods fails at the given rates, before the real call is made, as a real
 * provider's 429, 5xx or timeout would. For tests and demos of the failure policy; off unless configured.
 */
export function withFaults<T extends object>(name: string, provider: T, options: FaultOptions): T {
  const random = options.random ?? Math.random;
  return new Proxy(provider, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || prop === "health" || prop === "estimate") return value;
      return async (...args: unknown[]) => {
        const roll = random();
        const call = `${name}.${String(prop)}`;
        if (roll < options.rateLimit) {
          options.onFault?.("429", call);
          throw new RateLimitedError(`Injected 429 from ${call}`, options.retryAfterMs ?? 1_000);
        }
        if (roll < options.rateLimit + options.serverError) {
          options.onFault?.("5xx", call);
          throw new InjectedFaultError(`Injected 503 from ${call}`);
        }
        if (roll < options.rateLimit + options.serverError + options.timeout) {
          options.onFault?.("timeout", call);
          await new Promise((r) => setTimeout(r, options.timeoutMs ?? 5_000));
          throw new InjectedFaultError(`Injected timeout from ${name}.${String(prop)}`);
        }
        return value.apply(target, args);
      };
    },
  });
}
