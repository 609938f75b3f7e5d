import { describe, expect, it } from "vitest";
import { describeExit, nextRestart, type RestartPolicy } from "./restart-policy";

const policy: RestartPolicy = { baseMs: 1_000, capMs: 8_000, stableMs: 60_000, giveUpAfter: 10 };

function delaysFor(runs: number[]): (number | undefined)[] {
  let state = { failures: 0 };
  return runs.map((ranMs) => {
    const next = nextRestart(policy, state, ranMs);
    state = next.state;
    return next.delayMs;
  });
}

describe("nextRestart", () => {
  it("doubles the delay for each quick exit in a row, up to the cap", () => {
    expect(delaysFor([100, 100, 100, 100, 100, 100])).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it("starts again from the base delay after a run that lasted stableMs", () => {
    expect(delaysFor([100, 100, 100, 60_000, 100])).toEqual([1_000, 2_000, 4_000, 1_000, 2_000]);
  });

  it("restarts a process that ran a long time after the base delay", () => {
    expect(nextRestart(policy, { failures: 7 }, 3_600_000)).toEqual({ state: { failures: 1 }, delayMs: 1_000 });
  });

  it("gives up after giveUpAfter quick exits in a row, unless a stable run came between", () => {
    expect(delaysFor(Array<number>(10).fill(100))).toEqual([
      1_000,
      2_000,
      4_000,
      8_000,
      8_000,
      8_000,
      8_000,
      8_000,
      8_000,
      undefined,
    ]);
    expect(delaysFor([...Array<number>(9).fill(100), 60_000, 100]).slice(-2)).toEqual([1_000, 2_000]);
  });
});

describe("describeExit", () => {
  it("names the signal, or else the exit code", () => {
    expect(describeExit(null, "SIGKILL")).toBe("signal SIGKILL");
    expect(describeExit(1, null)).toBe("exit code 1");
    expect(describeExit(null, null)).toBe("exit code unknown");
  });
});
