import { describe, expect, it } from "vitest";
import { parseRssFeed } from "feedsmith";
import {
  buildFeed,
  durationSeconds,
  feedDescription,
  MAX_DESCRIPTION_BYTES,
  type FeedItemInput,
  type FeedShowInput,
} from "./build-feed";

const show = (over: Partial<FeedShowInput> = {}): FeedShowInput => ({
  title: "Deep Time",
  description: "Rocks, slowly.",
  language: "en",
  link: "https://studio.example.com",
  feedUrl: "https://studio.example.com/api/public/shows/deep-time/feed.xml",
  podcastGuid: "c3a1a0b2-4f1e-5a6b-8c9d-0e1f2a3b4c5d",
  author: "Rhea",
  ownerName: "",
  ownerEmail: "rhea@example.com",
  category: "Science",
  subcategory: "",
  explicit: true,
  showType: "SERIAL",
  copyright: "",
  imageUrl: null,
  hosts: ["Rhea"],
  ...over,
});

const item = (over: Partial<FeedItemInput> = {}): FeedItemInput => ({
  guid: "6f0b5a4e-1111-4222-8333-944455556666",
  title: "Granite",
  publishedAt: new Date("2026-03-01T07:05:09Z"),
  notesHtml: "<p>About granite &amp; time.</p>",
  summary: "About granite & time.",
  audio: { url: "https://studio.example.com/api/public/episodes/e1/episode.mp3", bytes: 123_456, durationMs: 61_499 },
  episodeNumber: null,
  seasonNumber: null,
  episodeType: "BONUS",
  imageUrl: null,
  transcriptVttUrl: null,
  transcriptSrtUrl: null,
  chaptersUrl: null,
  ...over,
});

describe("feedDescription", () => {
  it("keeps a description within 4000 bytes of UTF-8 without cutting a character in two", () => {
    // 3 bytes each (€): 4000 is not a multiple of 3, so a naive cut would split the last one.
    const long = "€".repeat(2000);
    const cut = feedDescription(long);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(MAX_DESCRIPTION_BYTES);
    expect(cut).toBe("€".repeat(1333));
    // 4-byte characters (emoji are surrogate pairs in JS): no lone surrogate or replacement character is left.
    const emoji = feedDescription(`a${"🪨".repeat(1200)}`);
    expect(Buffer.byteLength(emoji)).toBe(1 + 4 * 999);
    expect(emoji).not.toMatch(/\uFFFD|[\uD800-\uDBFF]$/);
    expect(feedDescription("  short  ")).toBe("short");
  });

  it("puts the cut description into the feed", () => {
    const xml = buildFeed(show({ description: "ü".repeat(2500) }), []);
    expect(parseRssFeed(xml).description).toBe("ü".repeat(2000));
  });
});

describe("durationSeconds", () => {
  it("rounds to whole seconds and never goes below zero", () => {
    expect(durationSeconds(61_499)).toBe(61);
    expect(durationSeconds(61_500)).toBe(62);
    expect(durationSeconds(-5)).toBe(0);
  });
});

describe("buildFeed", () => {
  it("writes pubDate as an RFC 2822 date and the item's Apple tags", () => {
    const xml = buildFeed(show(), [item({ episodeNumber: 4, seasonNumber: 1 })]);
    expect(xml).toContain("<pubDate>Sun, 01 Mar 2026 07:05:09 GMT</pubDate>");
    expect(xml).toContain("<itunes:duration>61</itunes:duration>");
    expect(xml).toContain("<itunes:episode>4</itunes:episode>");
    expect(xml).toContain("<itunes:season>1</itunes:season>");
    expect(xml).toContain("<itunes:episodeType>bonus</itunes:episodeType>");
    expect(xml).toContain(
      '<enclosure url="https://studio.example.com/api/public/episodes/e1/episode.mp3" length="123456" type="audio/mpeg"/>',
    );
    expect(xml).toContain('<guid isPermaLink="false">6f0b5a4e-1111-4222-8333-944455556666</guid>');
    expect(xml).toContain("<itunes:type>serial</itunes:type>");
    expect(xml).toMatch(/<itunes:explicit>(yes|true)<\/itunes:explicit>/);
  });

  it("leaves out what an episode does not have, and names the owner by the author when no owner name is set", () => {
    const xml = buildFeed(show(), [item()]);
    for (const tag of ["itunes:episode>", "itunes:season>", "podcast:transcript", "podcast:chapters", "itunes:image"])
      expect(xml).not.toContain(tag);
    const feed = parseRssFeed(xml);
    expect(feed.itunes?.owner).toEqual({ name: "Rhea", email: "rhea@example.com" });
    expect(feed.podcast?.locked).toEqual({ value: true, owner: "rhea@example.com" });
  });

  it("escapes what the show's text holds, so the XML stays well formed", () => {
    const xml = buildFeed(show({ title: "Rocks & <Rolls>", author: "R&D" }), [item({ title: "A < B" })]);
    const feed = parseRssFeed(xml);
    expect(feed.title).toBe("Rocks & <Rolls>");
    expect(feed.itunes?.author).toBe("R&D");
    expect(feed.items?.[0]?.title).toBe("A < B");
  });

  it("gives each item its notes whole as content:encoded and as a plain summary in description and itunes:summary", () => {
    const notesHtml = `<p>${"Granite cools slowly. ".repeat(400)}</p>`;
    const summary = "Granite cools slowly.";
    const feed = parseRssFeed(buildFeed(show(), [item({ notesHtml, summary })]));
    const [parsed] = feed.items!;
    expect(parsed?.content?.encoded).toBe(notesHtml);
    expect(parsed?.description).toBe(summary);
    expect(parsed?.itunes?.summary).toBe(summary);
  });

  it("leaves out the control characters a pasted text can carry, which would make apps refuse the whole feed", () => {
    const xml = buildFeed(show({ title: "Deep\u000BTime" }), [
      item({ title: "Gran\u0007ite", summary: "A\u000Cbout", notesHtml: "<p>A\u0001bout</p>" }),
    ]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const feed = parseRssFeed(xml);
    expect([feed.title, feed.items?.[0]?.title, feed.items?.[0]?.description]).toEqual([
      "DeepTime",
      "Granite",
      "About",
    ]);
  });

  it("cannot be made to close a CDATA section by a control character between ]] and >", () => {
    const title = "x]]\u0001><itunes:block>Yes</itunes:block><![CDATA[";
    const feed = parseRssFeed(buildFeed(show(), [item({ title })]));
    expect(feed.items?.[0]?.title).toBe("x]]><itunes:block>Yes</itunes:block><![CDATA[");
    expect(feed.items?.[0]?.itunes?.block).toBeUndefined();
    expect(feed.items).toHaveLength(1);
  });
});
