import { describe, expect, it } from "vitest";
import { z } from "zod";
import { feedSettingsSchema, type FeedSettingsInput } from "./feed-settings-schema";

const settings = (over: Partial<FeedSettingsInput> = {}): FeedSettingsInput => ({
  publicBaseUrl: "https://studio.example.com",
  language: "en",
  author: "Rhea",
  ownerName: "Rhea Stone",
  ownerEmail: "rhea@example.com",
  category: "Science",
  subcategory: "Earth Sciences",
  explicit: false,
  showType: "EPISODIC",
  copyright: "",
  ...over,
});

/** The first message at each field, as the form shows them. */
const errors = (input: unknown) => {
  const result = feedSettingsSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("feedSettingsSchema", () => {
  it("accepts complete settings and keeps only the origin of the public address", () => {
    const parsed = feedSettingsSchema.parse(settings({ publicBaseUrl: " https://Studio.Example.com/ " }));
    expect(parsed.publicBaseUrl).toBe("https://studio.example.com");
    expect(parsed.subcategory).toBe("Earth Sciences");
  });

  it("refuses a bad e-mail address with a message saying what a good one looks like", () => {
    expect(errors(settings({ ownerEmail: "rhea-at-example" })).ownerEmail).toEqual([
      "Enter a valid e-mail address, e.g. podcasts@example.com.",
    ]);
  });

  it("refuses a public address with a path, a query, credentials or another scheme, saying why", () => {
    expect(errors(settings({ publicBaseUrl: "https://studio.example.com/podcasts" })).publicBaseUrl?.[0]).toBe(
      "Give the address without a path or query (just https://studio.example.com): the studio adds /api/public/… itself.",
    );
    expect(errors(settings({ publicBaseUrl: "https://studio.example.com/?a=1" })).publicBaseUrl?.[0]).toMatch(
      /without a path or query/,
    );
    expect(errors(settings({ publicBaseUrl: "https://u:p@studio.example.com" })).publicBaseUrl?.[0]).toMatch(
      /user name and password/,
    );
    expect(errors(settings({ publicBaseUrl: "ftp://studio.example.com" })).publicBaseUrl?.[0]).toMatch(
      /must start with https:\/\//,
    );
    expect(errors(settings({ publicBaseUrl: "studio.example.com" })).publicBaseUrl?.[0]).toMatch(
      /full address starting with https:\/\//,
    );
  });

  it("refuses an unknown category, and a subcategory of another category", () => {
    expect(errors(settings({ category: "Rocks", subcategory: "" })).category).toEqual([
      "Choose one of Apple Podcasts' categories from the list.",
    ]);
    expect(errors(settings({ category: "Arts", subcategory: "Earth Sciences" })).subcategory?.[0]).toBe(
      "“Earth Sciences” is not a subcategory of Arts; choose one from the list or none.",
    );
  });

  it("names each missing required setting", () => {
    const missing = errors(settings({ publicBaseUrl: "", author: " ", ownerEmail: "", category: "", language: "" }));
    expect(Object.keys(missing).sort()).toEqual(["author", "category", "language", "ownerEmail", "publicBaseUrl"]);
    expect(missing.author?.[0]).toMatch(/^Enter the author/);
  });

  it("bounds every text field and refuses NUL characters", () => {
    expect(errors(settings({ author: "a".repeat(256) })).author?.[0]).toBe("Keep the author under 255 characters.");
    expect(errors(settings({ copyright: "x".repeat(256) })).copyright).toBeDefined();
    expect(errors(settings({ author: "a\u0000b" })).author).toBeDefined();
  });
});
