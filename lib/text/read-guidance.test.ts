import { describe, expect, it } from "vitest";
import { readGuidance } from "@/lib/text/read-guidance";

describe("readGuidance", () => {
  it("sorts an editor's comment and brand feedback into what to say, avoid and include", () => {
    expect(
      readGuidance(
        'Mention that the sample was small. Banned phrase "game-changer" on line 4; missing required phrase “Thanks for listening”.\nToo much jargon in part two',
      ),
    ).toEqual({
      statements: ["the sample was small."],
      avoid: ["game-changer"],
      include: ["Thanks for listening"],
      notes: ["Too much jargon in part two."],
      checks: [],
    });
    expect(readGuidance("Banned phrases: no-brainer, everyone knows").avoid).toEqual(["no-brainer", "everyone knows"]);
    expect(readGuidance(null)).toEqual({ avoid: [], include: [], statements: [], notes: [], checks: [] });
  });
});
