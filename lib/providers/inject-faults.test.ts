import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/providers/errors";
import {
  faultsFromEnv,
  faultsSchema,
  injectStageFault,
  InjectedFaultError,
  withFaults,
} from "@/lib/providers/inject-faults";

function seeded(values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

const parse = (spec: string) => faultsSchema.parse(spec);
const problem = (spec: string) => faultsSchema.safeParse(spec).error?.issues[0]?.message;

describe("fault injection", () => {
  it("parses rates per capability and attempts per stage from one variable", () => {
    expect(parse("speech:429=0.2,5xx=0.1;writer:timeout=0.05;research-deep-dive:429=2;episode-planner:5xx=9")).toEqual({
      providers: {
        speech: { rateLimit: 0.2, serverError: 0.1, timeout: 0 },
        writer: { rateLimit: 0, serverError: 0, timeout: 0.05 },
      },
      stages: [
        { stage: "research-deep-dive", kind: "429", times: 2 },
        { stage: "episode-planner", kind: "5xx", times: 9 },
      ],
    });
    expect(parse("")).toEqual({ providers: {}, stages: [] });
    expect(faultsFromEnv({})).toEqual({ providers: {}, stages: [] });
  });

  it("refuses nonsense, saying which entry and why", () => {
    expect(problem("speech:429=2")).toBe('"speech:429=2": a capability\'s rates are numbers from 0 to 1');
    expect(problem("speech:429=-0.1")).toMatch(/from 0 to 1/);
    expect(problem("speech:teapot=0.1")).toMatch(/kinds are 429, 5xx and timeout/);
    expect(problem("research-deep-dive:timeout=1")).toMatch(/a stage's kinds are 429 and 5xx/);
    expect(problem("research-deep-dive:429=0.5")).toMatch(/whole numbers of attempts/);
    expect(problem("research-deep-dive:429=0")).toMatch(/whole numbers of attempts, from 1/);
    expect(problem("research-deep-dive:429:2")).toMatch(/expected target:kind=amount/);
    expect(problem("speech")).toMatch(/expected target:kind=amount/);
    expect(problem("voice:429=0.1")).toMatch(
      /targets are capabilities \(writer, .*\) or stages \(research-discovery, /,
    );
    expect(problem("speech:429=0.1;speech:5xx=0.1")).toMatch(/speech is named twice/);
    expect(problem("x".repeat(2_001))).toMatch(/at most 2,000 characters/);
  });

  it("refuses a malformed variable at start, naming it", () => {
    expect(() => faultsFromEnv({ SHOWRUNNER_PROVIDER_FAULTS: "episode-planner:500:9" })).toThrow(
      'Invalid SHOWRUNNER_PROVIDER_FAULTS: "episode-planner:500:9": expected target:kind=amount,...',
    );
  });

  it("fails a stage's first attempts in the order written, then lets it run", () => {
    const { stages } = parse("research-deep-dive:429=2,5xx=1;episode-planner:5xx=1");
    const outcome = (stage: "research-deep-dive" | "episode-planner" | "script-writer", attempt: number) => {
      try {
        injectStageFault(stages, stage, attempt);
        return "runs";
      } catch (error) {
        return error instanceof RateLimitedError
          ? `429 after ${error.retryAfterMs} ms`
          : error instanceof InjectedFaultError
            ? error.message
            : "other";
      }
    };
    expect([1, 2, 3, 4].map((a) => outcome("research-deep-dive", a))).toEqual([
      "429 after 1000 ms",
      "429 after 1000 ms",
      "Injected provider error on research-deep-dive (attempt 3)",
      "runs",
    ]);
    expect([1, 2].map((a) => outcome("episode-planner", a))).toEqual([
      "Injected provider error on episode-planner (attempt 1)",
      "runs",
    ]);
    expect(outcome("script-writer", 1)).toBe("runs");
  });

  it("fails calls at the configured rates before the real call, and passes the rest through", async () => {
    let realCalls = 0;
    const provider = {
      async synthesize(text: string) {
        realCalls++;
        return text.toUpperCase();
      },
      async health() {
        return { ok: true };
      },
    };
    const faulty = withFaults("speech", provider, {
      rateLimit: 0.25,
      serverError: 0.25,
      timeout: 0.25,
      timeoutMs: 10,
      retryAfterMs: 1500,
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
