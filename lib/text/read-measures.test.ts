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

describe("readMeasures: fractions, durations and groups", () => {
  it.each([
    ["groggy for half an hour", "duration", 1800, 1800],
    ["groggy for a quarter of an hour", "duration", 900, 900],
    ["people kept awake for a week", "duration", 7 * 86_400, 7 * 86_400],
    ["kept awake for one or two full nights", "duration", 86_400, 2 * 86_400],
    ["cut absences by about a third.", "percent", 100 / 3, 100 / 3],
  ])("%s", (text, kind, low, high) => {
    const [m] = readMeasures(text);
    expect(m).toMatchObject({ kind });
    expect(m!.low).toBeCloseTo(low as number);
    expect(m!.high).toBeCloseTo(high as number);
  });

  it("reads a day or a week said as a rate as no duration", () => {
    expect(readMeasures("seven hours a day").map((m) => m.said)).toEqual(["seven hours"]);
  });

  it("marks the first number of a relative clause as saying which group", () => {
    const [group, finding] = readMeasures(
      "People who slept less than six hours were four times as likely to fall ill.",
    );
    expect(group).toMatchObject({ kind: "duration", defines: true });
    expect(finding).toMatchObject({ kind: "time", defines: false });
  });

  it("does not contradict a group defined by another number", () => {
    expect(
      quantityConflict(
        "Teenagers who used screens for half an hour a day slept best.",
        "Teenagers who used screens for more than four hours a day reported poorer sleep.",
      ),
    ).toBeNull();
  });

  it("marks a year that names a study", () => {
    expect(readMeasures("A 2007 imaging study found")[0]).toMatchObject({ kind: "year", study: true });
    expect(readMeasures("published in 1885")[0]).toMatchObject({ kind: "year", study: false });
  });

  it("reads a number that opens its sentence as what the rest says of it: a need, not an amount got", () => {
    expect(readMeasures("Seven to nine hours each night: that's how much sleep most adults need.")[0]).toMatchObject({
      kind: "duration",
      normative: true,
    });
    expect(readMeasures("Six hours a night is what many adults get.")[0]).toMatchObject({ normative: false });
    // A number compared with the need is not the need.
    expect(readMeasures("Six hours a night is less than most adults need.")[0]).toMatchObject({ normative: false });
    // Past the sentence's end a need says nothing of the number.
    expect(readMeasures("Six hours a night. Adults need more.")[0]).toMatchObject({ normative: false });
  });
});
