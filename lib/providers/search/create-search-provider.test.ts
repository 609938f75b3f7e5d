import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createSearchProvider } from "./create-search-provider";

const db = {} as Db; // the offline provider only touches it when searching

describe("createSearchProvider", () => {
  it("defaults to the offline provider", () => {
    expect(createSearchProvider({}, db).id).toBe("offline");
    expect(createSearchProvider({ SEARCH_PROVIDER: "offline", TAVILY_API_KEY: "" }, db).id).toBe("offline");
  });

  it("chooses a hosted provider when its key is set", () => {
    expect(createSearchProvider({ SEARCH_PROVIDER: "tavily", TAVILY_API_KEY: "tvly-x" }, db).id).toBe("tavily");
    expect(
      createSearchProvider({ SEARCH_PROVIDER: "brave", BRAVE_SEARCH_API_KEY: "b", SOURCE_FETCH_ENABLED: "1" }, db).id,
    ).toBe("brave");
  });

  it("names the missing key", () => {
    expect(() => createSearchProvider({ SEARCH_PROVIDER: "tavily" }, db)).toThrow(
      "SEARCH_PROVIDER=tavily needs TAVILY_API_KEY (your Tavily API key, tvly-…). Set it, or set SEARCH_PROVIDER=offline to search the show's own sources.",
    );
    expect(() => createSearchProvider({ SEARCH_PROVIDER: "brave", BRAVE_SEARCH_API_KEY: "  " }, db)).toThrow(
      /needs BRAVE_SEARCH_API_KEY/,
    );
  });

  it("names the variable whose value is not understood", () => {
    expect(() => createSearchProvider({ SEARCH_PROVIDER: "google" }, db)).toThrow(/^Invalid SEARCH_PROVIDER/);
    expect(() =>
      createSearchProvider({ SEARCH_PROVIDER: "tavily", TAVILY_API_KEY: "k", TAVILY_BASE_URL: "not a url" }, db),
    ).toThrow(/^Invalid TAVILY_BASE_URL/);
  });
});
