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
      shorten: null,
      notes: ["Too much jargon in part two."],
      checks: [],
    });
    expect(readGuidance("Banned phrases: no-brainer, everyone knows").avoid).toEqual(["no-brainer", "everyone knows"]);
    expect(readGuidance(null)).toEqual({
      avoid: [],
      include: [],
      statements: [],
      shorten: null,
      notes: [],
      checks: [],
    });
  });

  it("reads a cut in length, with the minutes when named, and tells it from a statement with minutes in it", () => {
    expect(readGuidance("Keep it under 3 minutes. Keep my edits to the cold open and wrap-up.")).toMatchObject({
      shorten: { minutes: 3 },
      statements: [],
      notes: ["Keep my edits to the cold open and wrap-up."],
    });
    expect(readGuidance("Trim it to 2.5 min; too long at 5 minutes").shorten).toEqual({ minutes: 2.5 });
    expect(readGuidance("Tighten the middle.").shorten).toEqual({ minutes: null });
    // A quoted sentence ends where its quote closes.
    expect(readGuidance('Drop "That is all." Keep it under 2 minutes.')).toMatchObject({
      avoid: ["That is all."],
      shorten: { minutes: 2 },
    });
    expect(readGuidance("Mention that naps under 30 minutes help.")).toMatchObject({
      shorten: null,
      statements: ["naps under 30 minutes help."],
    });
  });

  it("turns a request for a caveat into the caveat itself", () => {
    expect(readGuidance("Add a caveat about the small sample size").statements).toEqual([
      "the small sample size is a real caveat.",
    ]);
  });
});
