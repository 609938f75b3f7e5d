import { describe, expect, it } from "vitest";
import { checkFeed, type FeedCheckShow } from "./check-feed";

const ready: FeedCheckShow = {
  name: "Deep Time",
  description: "Rocks, slowly.",
  language: "en",
  publicBaseUrl: "https://studio.example.com",
  author: "Rhea",
  ownerEmail: "rhea@example.com",
  category: "Science",
  subcategory: "Earth Sciences",
};

describe("checkFeed", () => {
  it("finds nothing missing in a complete show with artwork", () => {
    expect(checkFeed(ready, { hasArtwork: true })).toEqual([]);
  });

  it("lists every missing required setting with the field to fill", () => {
    const empty = {
      ...ready,
      description: " ",
      language: "",
      publicBaseUrl: null,
      author: "",
      ownerEmail: "",
      category: "",
    };
    const problems = checkFeed(empty, { hasArtwork: false });
    expect(problems.map((p) => p.field)).toEqual([
      "description",
      "artwork",
      "publicBaseUrl",
      "language",
      "author",
      "ownerEmail",
      "category",
    ]);
    for (const p of problems) expect(p.message).toMatch(/^[A-Z].+[.]$/);
  });

  it("names values podcast apps would refuse: a bad address, e-mail, category or subcategory", () => {
    const fields = (show: Partial<FeedCheckShow>) =>
      checkFeed({ ...ready, ...show }, { hasArtwork: true }).map((p) => p.field);
    expect(fields({ publicBaseUrl: "https://studio.example.com/show" })).toEqual(["publicBaseUrl"]);
    expect(fields({ ownerEmail: "not-an-address" })).toEqual(["ownerEmail"]);
    expect(fields({ category: "Rocks" })).toEqual(["category"]);
    expect(fields({ subcategory: "Drama" })).toEqual(["subcategory"]);
  });
});
