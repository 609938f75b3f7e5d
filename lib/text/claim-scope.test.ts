import { describe, expect, it } from "vitest";
import { clausesOf, sameScope, scopeOf } from "./claim-scope";
import { contentWords } from "./content-words";

const same = (claim: string, other: string) => sameScope(scopeOf(claim), scopeOf(other), contentWords(other));

describe("scopeOf", () => {
  it("reads names, ordinals, groups, the outcome and a restrictive only", () => {
    const s = scopeOf("In 2006 Ellenbogen found that the second trial raised the risk of heart disease.");
    expect([...s.names]).toEqual(["ellenbogen"]);
    expect([...s.ordinals]).toEqual(["second"]);
    expect(s.outcome).toEqual(["heart", "diseas"]);
    expect([...scopeOf("Most adults need seven to nine hours.").group]).toEqual(["most"]);
    expect([...scopeOf("A third of adults get less than six hours.").group]).toEqual(["share"]);
    expect([...scopeOf("Adults who nap sleep less at night.").group]).toEqual(["who:nap"]);
    expect([...scopeOf("The trial recruited 48 students, who napped.").group]).toEqual([]);
    expect(scopeOf("Memories are replayed only during REM sleep.").only).toEqual(["during", "rem", "sleep"]);
    expect(scopeOf("The study had only two participants.").only).toBeNull();
  });
});

describe("sameScope", () => {
  it("tells one study, trial or group from another", () => {
    expect(same("In 2006 Ellenbogen found it.", "In 1924 Jenkins found it.")).toBe(false);
    expect(same("In 2016 Ellenbogen found it.", "Ellenbogen reported it in 2006.")).toBe(true);
    expect(same("The trial recruited 48.", "The second trial recruited 120.")).toBe(false);
    expect(same("Most adults get seven hours.", "A third of adults get six hours.")).toBe(false);
    expect(same("Half of adults get six hours.", "A third of adults get six hours.")).toBe(true);
    expect(same("Adults need seven hours.", "Adults who nap need six hours.")).toBe(false);
  });
});

describe("clausesOf", () => {
  it("splits two statements joined in one sentence", () => {
    expect(clausesOf("Most adults need seven to nine hours, yet a third of adults get less than six.")).toEqual([
      "Most adults need seven to nine hours",
      "yet a third of adults get less than six.",
    ]);
    expect(clausesOf("In the trial, a nap helped.")).toEqual(["In the trial, a nap helped."]);
  });
});
