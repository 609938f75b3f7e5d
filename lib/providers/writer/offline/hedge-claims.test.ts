import { describe, expect, it } from "vitest";
import { scoreHumility } from "@/lib/quality/brand/humility";
import { scriptLines } from "@/lib/domain/script-lines";
import { hedgeClaims } from "./hedge-claims";
import { ScriptState } from "./script-state";

const MARKERS = ["the evidence suggests", "we don't know yet", "one study found"];
const line = (text: string) => ({ speaker: "Ada", text });

describe("hedgeClaims", () => {
  it("gives each run of unhedged findings a marker the brand scorer counts, never before a question", () => {
    const script = {
      segments: [
        {
          title: "Intro",
          lines: [
            line("Welcome."),
            line("A 2019 study found recall rose 20 percent."),
            line("A trial of 90 adults showed naps help."),
            line("Data from 600 students agreed."),
          ],
        },
        {
          title: "Open",
          lines: [line("Thanks."), line("What would a larger study tell us?"), line("See you next time.")],
        },
      ],
    };
    const before = scoreHumility(scriptLines(script), MARKERS);
    expect(before.inputs.coveredGroups).toBeLessThan(before.inputs.claimGroups!);

    const hedged = hedgeClaims(script, new ScriptState(() => 0, [], MARKERS), MARKERS);
    const after = scoreHumility(scriptLines(hedged), MARKERS);
    // The findings' group is covered; a marker before the question would be about nothing, so it has none.
    expect(after.inputs.coveredGroups).toBe(after.inputs.claimGroups! - 1);
    expect(hedged.segments[1]!.lines[1]!.text).toBe("What would a larger study tell us?");
    // Statements keep their words; only a marker is added.
    expect(hedged.segments[0]!.lines[1]!.text).toMatch(/2019 study found recall rose 20 percent\.$/i);
  });

  it("puts no marker before a bare answer", () => {
    const script = {
      segments: [
        {
          title: "Body",
          lines: [line("How recent is that?"), line("2022. Newer work could still change the picture.")],
        },
      ],
    };
    const hedged = hedgeClaims(script, new ScriptState(() => 0, [], MARKERS), MARKERS);
    expect(hedged.segments[0]!.lines[1]!.text).toBe("2022. Newer work could still change the picture.");
  });
});
