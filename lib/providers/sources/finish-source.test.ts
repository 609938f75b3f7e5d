import { describe, expect, it } from "vitest";
import { finishSource, normalizeText, truncateText } from "./finish-source";
import { MAX_SOURCE_TEXT_BYTES } from "@/lib/domain/source-limits";

describe("normalizeText", () => {
  it("unifies line endings, drops trailing spaces and extra blank lines", () => {
    expect(normalizeText("  a  \r\nb\t\r\r\r\n\n\nc  ")).toBe("a\nb\n\nc");
  });
});

describe("truncateText", () => {
  it("cuts at the last paragraph that fits", () => {
    const text = `${"a".repeat(60)}\n\n${"b".repeat(30)}\n\n${"c".repeat(30)}`;
    expect(truncateText(text, 100)).toBe(`${"a".repeat(60)}\n\n${"b".repeat(30)}`);
  });

  it("never splits a multi-byte character", () => {
    expect(truncateText("é".repeat(10), 5)).toBe("éé");
    expect(truncateText("short", 100)).toBe("short");
  });
});

describe("finishSource", () => {
  it("truncates fetched pages instead of refusing them", () => {
    const text = "paragraph of text.\n\n".repeat(MAX_SOURCE_TEXT_BYTES / 10);
    const { source, truncated } = finishSource(
      { kind: "URL", title: "  A\n page ", text, byteSize: 1 },
      "https://x.test/",
      "truncate",
    );
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(source.content)).toBeLessThanOrEqual(MAX_SOURCE_TEXT_BYTES);
    expect(source.content.endsWith("paragraph of text.")).toBe(true);
    expect(source.title).toBe("A page");
  });
});
