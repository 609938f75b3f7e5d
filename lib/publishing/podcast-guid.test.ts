import { describe, expect, it } from "vitest";
import { podcastGuid } from "./podcast-guid";

describe("podcastGuid", () => {
  it("is the UUIDv5 of the feed URL without its scheme, as the namespace's own example gives it", () => {
    // The example of https://podcastindex.org/namespace/1.0#guid.
    expect(podcastGuid("https://mp3s.nashownotes.com/pc20rss.xml")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
    expect(podcastGuid("http://mp3s.nashownotes.com/pc20rss.xml/")).toBe("917393e3-1b1e-5cef-ace4-edaa54e1f810");
  });
});
