import { describe, expect, it } from "vitest";
import { quantityConflict, quantitiesMet } from "./compare-measures";
import { readMeasures } from "./read-measures";

const H = 3600;

describe("readMeasures", () => {
  it.each([
    ["Most adults need seven to nine hours of sleep.", "duration", 7 * H, 9 * H],
    ["Adults need 7-9 hours.", "duration", 7 * H, 9 * H],
    ["They slept between 7 and 9 hours.", "duration", 7 * H, 9 * H],
    ["People who slept less than six hours a night", "duration", -Infinity, 6 * H],
    ["Adults need at least 7 hours.", "duration", 7 * H, Infinity],
    ["eight and a half hours or more", "duration", 8.5 * H, Infinity],
    ["delayed by an hour and a half", "duration", 1.5 * H, 1.5 * H],
    ["recall rose by 12%", "percent", 12, 12],
    ["a third of adults", "percent", 100 / 3, 100 / 3],
    ["published in 1885", "year", 1885, 1885],
    ["The trial recruited 48 university students.", "sample", 48, 48],
  ])("%s", (text, kind, low, high) => {
    const [m] = readMeasures(text);
    expect(m).toMatchObject({ kind });
    expect(m!.low).toBeCloseTo(low as number);
    expect(m!.high).toBeCloseTo(high as number);
  });

  it("widens an approximate figure", () => {
    const [m] = readMeasures("about 90 minutes");
    expect([m!.low, m!.high]).toEqual([81 * 60, 99 * 60]);
  });
});

describe("quantityConflict", () => {
  it("does not set hours needed against hours a group slept", () => {
    expect(
      quantityConflict(
        "Most adults need seven to nine hours of sleep.",
        "Adults who sleep less than six hours a night did worse.",
      ),
    ).toBeNull();
  });

  it("sets a figure against a different figure of the same quantity", () => {
    expect(
      quantityConflict("Adults should sleep less than five hours.", "Adults should sleep between seven and nine hours.")
        ?.why,
    ).toBe("gives seven and nine hours where the claim gives less than five hours");
  });

  it("does not compare different measures", () => {
    expect(quantityConflict("The nap improved recall by 12 percent.", "The nap lasted 20 minutes.")).toBeNull();
  });

  it("meets a figure inside a range, not one outside it", () => {
    expect(quantitiesMet("Teenagers need nine hours.", "Teenagers need 8 to 10 hours.").ok).toBe(true);
    expect(quantitiesMet("Teenagers need five hours.", "Teenagers need 8 to 10 hours.").ok).toBe(false);
  });
});
