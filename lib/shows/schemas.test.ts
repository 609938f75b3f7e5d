import { describe, expect, it } from "vitest";
import { MAX_LEXICON_ROWS, MAX_PHRASES, showProfileSchema, updateShowSchema, type ShowProfileInput } from "./schemas";

const profile = (over: Partial<ShowProfileInput> = {}): ShowProfileInput => ({
  name: "Deep Time",
  slug: "deep-time",
  tone: "Calm and wondering",
  audience: "Walkers who look at rocks",
  targetReadingGrade: 8,
  hosts: [{ name: "Rhea", localVoice: "slt" }],
  brandThreshold: 9,
  dimensionThreshold: 7,
  qualityTarget: 8.5,
  ...over,
});

describe("showProfileSchema limits", () => {
  it("accepts a profile at its limits", () => {
    const phrases = Array.from({ length: MAX_PHRASES }, (_, i) => `phrase ${i}`);
    const lexicon = Array.from({ length: MAX_LEXICON_ROWS }, (_, i) => ({ term: `T${i}`, say: `tee ${i}` }));
    expect(
      showProfileSchema.safeParse(profile({ requiredPhrases: phrases, pronunciationLexicon: lexicon })).success,
    ).toBe(true);
  });

  it("refuses phrase lists and lexicons past their length, however many are blank or repeated", () => {
    expect(
      showProfileSchema.safeParse(
        profile({ bannedPhrases: Array.from({ length: MAX_PHRASES + 1 }, (_, i) => `p${i}`) }),
      ).success,
    ).toBe(false);
    expect(
      showProfileSchema.safeParse(profile({ bannedPhrases: Array.from({ length: 100_000 }, () => "") })).success,
    ).toBe(false);
    expect(
      showProfileSchema.safeParse(
        profile({
          pronunciationLexicon: Array.from({ length: MAX_LEXICON_ROWS + 1 }, (_, i) => ({ term: `T${i}`, say: "x" })),
        }),
      ).success,
    ).toBe(false);
  });

  it("refuses infinite and out-of-range scores", () => {
    for (const over of [
      { brandThreshold: "Infinity" },
      { qualityTarget: -1 },
      { targetReadingGrade: "1e309" },
      { dimensionThreshold: Number.NaN },
    ])
      expect(
        showProfileSchema.safeParse(profile(over as Partial<ShowProfileInput>)).success,
        JSON.stringify(over),
      ).toBe(false);
  });

  it("refuses NUL bytes, naming the field", () => {
    const result = showProfileSchema.safeParse(profile({ hosts: [{ name: "Rh\u0000ea", localVoice: "slt" }] }));
    expect(result.error?.issues[0]?.path).toEqual(["hosts", 0, "name"]);
  });

  it("needs a well-formed show id to update", () => {
    expect(updateShowSchema.safeParse({ ...profile(), id: "cmx75ypq00004co7dzra5tovl" }).success).toBe(true);
    expect(updateShowSchema.safeParse({ ...profile(), id: "x" }).success).toBe(false);
  });
});
