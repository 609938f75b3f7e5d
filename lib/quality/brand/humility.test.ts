import { describe, expect, it } from "vitest";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { scoreHumility } from "./humility";

const markers = ["the evidence suggests", "we don't know yet"];
const lines = (...texts: string[]): ScriptLine[] =>
  texts.map((text, i) => ({ line: i + 1, segment: 0, speaker: i % 2 ? "Ben" : "Ada", text }));

describe("scoreHumility", () => {
  it("counts claims hedged in the host's own words as hedged", () => {
    const hedged = lines(
      "In word-pair studies, adults who slept remembered more pairs.",
      "In some studies the gap was 20 percent or more.",
      "That's real, but I'd call it modest.",
    );
    const result = scoreHumility(hedged, markers);
    expect(result.inputs).toMatchObject({ claimGroups: 1, coveredGroups: 1, markerLines: 0 });
    expect(result.score).toBe(10);
  });

  it("still finds claims stated with no hedge at all", () => {
    const bare = lines(
      "In word-pair studies, adults who slept remembered more pairs.",
      "The gap was 20 percent.",
      "A 2007 study found people were 40 percent worse.",
      "Sleep is good for you.",
    );
    const result = scoreHumility(bare, markers);
    expect(result.inputs).toMatchObject({ claimGroups: 1, coveredGroups: 0, hedgeLines: 0 });
    expect(result.score).toBe(0);
    expect(result.violations.map((v) => v.rule)).toEqual(["unhedged-claims"]);
  });
});
