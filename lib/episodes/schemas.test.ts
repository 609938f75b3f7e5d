import { describe, expect, it } from "vitest";
import { MAX_SOURCE_TEXT_BYTES } from "@/lib/domain/source-limits";
import { MAX_LINE_CHARS, MAX_SCRIPT_LINES, MAX_SCRIPT_TEXT_BYTES, MAX_SPOKEN_CHARS } from "@/lib/domain/script-limits";
import {
  cancelEpisodeSchema,
  createEpisodeSchema,
  episodeGateDecisionSchema,
  retryEpisodeSchema,
  scriptEditSchema,
} from "./schemas";

const ID = "cmx75ypq00004co7dzra5tovl";
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("scriptEditSchema", () => {
  const script = (segments: number, linesPerSegment: number, text = "A line.") => ({
    segments: Array.from({ length: segments }, (_, s) => ({
      title: `Part ${s + 1}`,
      lines: Array.from({ length: linesPerSegment }, () => ({ speaker: "Ada", text })),
    })),
  });

  it("accepts a long real script: 20 segments of 50 lines", () => {
    expect(scriptEditSchema.safeParse(script(20, 50, "x".repeat(150))).success).toBe(true);
  });

  it("refuses more lines than a script has, in one segment or across segments", () => {
    expect(messages(scriptEditSchema.safeParse(script(1, MAX_SCRIPT_LINES + 1)))).toContain(
      "A script has at most 2,000 lines.",
    );
    expect(messages(scriptEditSchema.safeParse(script(50, 41)))).toContain("A script has at most 2,000 lines.");
  });

  it("refuses a 100,000-line edit", () => {
    expect(scriptEditSchema.safeParse(script(1, 100_000, "x".repeat(30))).success).toBe(false);
  });

  it("refuses a line or a script with too many characters", () => {
    expect(messages(scriptEditSchema.safeParse(script(1, 1, "x".repeat(MAX_LINE_CHARS + 1))))).toEqual([
      "1 character too long (a line holds at most 4,000).",
    ]);
    expect(
      messages(scriptEditSchema.safeParse(script(50, 40, "x".repeat(Math.ceil(MAX_SPOKEN_CHARS / 2000) + 1)))),
    ).toEqual(["A script has at most 200,000 characters."]);
  });

  it("refuses a speaker longer than a host's name, and NUL bytes anywhere", () => {
    expect(
      scriptEditSchema.safeParse({ segments: [{ title: "T", lines: [{ speaker: "x".repeat(81), text: "Hi" }] }] })
        .success,
    ).toBe(false);
    const nul = scriptEditSchema.safeParse({
      segments: [{ title: "T", lines: [{ speaker: "Ada", text: "Hi\u0000" }] }],
    });
    expect(nul.error?.issues[0]).toMatchObject({
      path: ["segments", 0, "lines", 0, "text"],
      message: expect.stringContaining("NUL"),
    });
  });
});

describe("createEpisodeSchema", () => {
  const episode = {
    showId: ID,
    topic: "How sleep shapes memory",
    format: "TWO_HOSTS",
    speakerCount: 2,
    targetMinutes: 10,
  };

  it("takes a supplied script as trimmed text (blank is none) and refuses one over its byte limit", () => {
    expect(createEpisodeSchema.parse({ ...episode, script: "  ## A\nMaya: Hi.\n " }).script).toBe("## A\nMaya: Hi.");
    expect(createEpisodeSchema.parse({ ...episode, script: "   " }).script).toBeUndefined();
    const huge = createEpisodeSchema.safeParse({ ...episode, script: "é".repeat(MAX_SCRIPT_TEXT_BYTES) });
    expect(messages(huge)).toEqual(["A script can be at most 512 KB of text."]);
  });

  it("accepts a plain episode and a budget in cents", () => {
    expect(createEpisodeSchema.parse({ ...episode, budget: "2.50" }).budget).toBe(2.5);
  });

  it("refuses malformed show ids, including NUL and empty", () => {
    for (const showId of ["", "\u0000", "not-an-id", `${ID}\u0000`])
      expect(createEpisodeSchema.safeParse({ ...episode, showId }).success, JSON.stringify(showId)).toBe(false);
  });

  it("refuses negative, infinite, fractional and absurd numbers", () => {
    for (const over of [
      { budget: -1 },
      { budget: 0 },
      { budget: "Infinity" },
      { budget: "1e30" },
      { budget: 1e-9 },
      { targetMinutes: -5 },
      { speakerCount: 2.5 },
      { targetMinutes: "Infinity" },
      { targetMinutes: 1e12 },
      { speakerCount: Number.NaN },
    ])
      expect(createEpisodeSchema.safeParse({ ...episode, ...over }).success, JSON.stringify(over)).toBe(false);
  });

  it("rounds a length in decimal minutes to whole minutes, and names the field when it is not one", () => {
    expect(createEpisodeSchema.parse({ ...episode, targetMinutes: 2.5 }).targetMinutes).toBe(3);
    expect(createEpisodeSchema.parse({ ...episode, targetMinutes: "1.2" }).targetMinutes).toBe(1);
    expect(createEpisodeSchema.parse({ ...episode, targetMinutes: 90 }).targetMinutes).toBe(90);
    for (const [targetMinutes, message] of [
      [0.5, "Target length must be at least 1 minute."],
      ["soon", "Target length must be a number of minutes."],
      [90.5, "Target length can be at most 90 minutes."],
    ] as const) {
      const result = createEpisodeSchema.safeParse({ ...episode, targetMinutes });
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["targetMinutes", message]]);
    }
  });

  it("bounds each source and all sources together", () => {
    const source = (bytes: number) => ({ title: "S", content: "x".repeat(bytes) });
    expect(createEpisodeSchema.safeParse({ ...episode, sources: [source(MAX_SOURCE_TEXT_BYTES + 1)] }).success).toBe(
      false,
    );
    expect(
      createEpisodeSchema.safeParse({
        ...episode,
        sources: Array.from({ length: 4 }, () => source(MAX_SOURCE_TEXT_BYTES)),
      }).success,
    ).toBe(true);
    expect(
      messages(
        createEpisodeSchema.safeParse({
          ...episode,
          sources: Array.from({ length: 5 }, () => source(MAX_SOURCE_TEXT_BYTES)),
        }),
      ),
    ).toEqual(["An episode's sources can hold at most 2 MB of text together."]);
  });
});

describe("episode action inputs", () => {
  it("take only well-formed ids", () => {
    expect(retryEpisodeSchema.safeParse({ episodeId: ID }).success).toBe(true);
    expect(retryEpisodeSchema.safeParse({ episodeId: "x" }).success).toBe(false);
    expect(cancelEpisodeSchema.safeParse({ episodeId: ID, reason: "r".repeat(501) }).success).toBe(false);
    expect(episodeGateDecisionSchema.safeParse({ episodeId: ID, gateId: ID, decision: "APPROVED" }).success).toBe(true);
    expect(episodeGateDecisionSchema.safeParse({ episodeId: ID, gateId: "\u0000", decision: "APPROVED" }).success).toBe(
      false,
    );
    expect(
      episodeGateDecisionSchema.safeParse({ episodeId: ID, gateId: ID, decision: "REJECTED", comment: "no\u0000" })
        .success,
    ).toBe(false);
  });
});
