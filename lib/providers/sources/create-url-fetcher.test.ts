import { describe, expect, it } from "vitest";
import { createUrlFetcher, readUrlFetchConfig } from "./create-url-fetcher";

describe("createUrlFetcher", () => {
  it("is off by default and on with SOURCE_FETCH_ENABLED=1", () => {
    expect(readUrlFetchConfig({})).toEqual({ enabled: false });
    expect(readUrlFetchConfig({ SOURCE_FETCH_ENABLED: "1" })).toEqual({ enabled: true });
    expect(readUrlFetchConfig({ SOURCE_FETCH_ENABLED: "false" })).toEqual({ enabled: false });
  });

  it("names the variable when its value is not understood", () => {
    expect(() => readUrlFetchConfig({ SOURCE_FETCH_ENABLED: "yes" })).toThrow(/Invalid SOURCE_FETCH_ENABLED/);
  });

  it("refuses every fetch while off", async () => {
    await expect(createUrlFetcher({})("https://example.com/")).rejects.toThrow(/turned off/);
  });
});
