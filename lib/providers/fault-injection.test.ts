import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/providers/errors";
import { InjectedFaultError, parseProviderFaults, withFaults } from "./fault-injection";

function seeded(values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

describe("provider fault injection", () => {
  it("parses rates per capability and rejects nonsense", () => {
    expect(parseProviderFaults("speech:429=0.2,5xx=0.1;writer:timeout=0.05")).toEqual({
      speech: { rateLimit: 0.2, serverError: 0.1, timeout: 0 },
      writer: { rateLimit: 0, serverError: 0, timeout: 0.05 },
    });
    expect(parseProviderFaults("")).toEqual({});
    expect(() => parseProviderFaults("speech:429=2")).toThrow(/from 0 to 1/);
    expect(() => parseProviderFaults("speech:teapot=0.1")).toThrow(/kinds are/);
  });

  it("fails calls at the configured rates before the real call, and passes the rest through", async () => {
    let realCalls = 0;
    const provider = { async synthesize(text: string) { realCalls++; return text.toUpperCase(); }, async health() { return { ok: true }; } };
    const faulty = withFaults("speech", provider, {
      rateLimit: 0.25, serverError: 0.25, timeout: 0.25, timeoutMs: 10, retryAfterMs: 1500,
      random: seeded([0.1, 0.3, 0.6, 0.9]),
    });
    const rateLimited = await faulty.synthesize("a").catch((e: unknown) => e);
    expect(rateLimited).toBeInstanceOf(RateLimitedError);
    expect((rateLimited as RateLimitedError).retryAfterMs).toBe(1500);
    await expect(faulty.synthesize("b")).rejects.toThrow(/Injected 503/);
    await expect(faulty.synthesize("c")).rejects.toBeInstanceOf(InjectedFaultError);
    expect(await faulty.synthesize("d")).toBe("D");
    expect(realCalls).toBe(1);
    expect(await faulty.health()).toEqual({ ok: true }); // health checks are never faulted
  });
});
