import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./download-filename";

describe("attachmentDisposition", () => {
  it("names the file after the title: ASCII for every browser, the title's own letters in filename*", () => {
    expect(attachmentDisposition('Café: how "sleep" helps — 記憶', "mp3")).toBe(
      "attachment; filename=\"cafe-how-sleep-helps.mp3\"; filename*=UTF-8''caf%C3%A9-how-sleep-helps-%E8%A8%98%E6%86%B6.mp3",
    );
  });

  it("falls back to episode.<ext> when the title has no letters or digits, and cuts long titles", () => {
    expect(attachmentDisposition("!!! ???", "vtt")).toBe(
      "attachment; filename=\"episode.vtt\"; filename*=UTF-8''episode.vtt",
    );
    const long = attachmentDisposition(`${"word ".repeat(40)}`, "srt");
    const ascii = /filename="([^"]+)"/.exec(long)![1]!;
    expect(ascii.length).toBeLessThanOrEqual(84);
    expect(ascii).toMatch(/^word(-word)*\.srt$/);
  });

  it("keeps quotes, separators and header-breaking characters out of both names", () => {
    const header = attachmentDisposition('a"b\\c/d\r\ne;f', "txt");
    expect(header).toBe("attachment; filename=\"a-b-c-d-e-f.txt\"; filename*=UTF-8''a-b-c-d-e-f.txt");
  });
});
