import { describe, expect, it } from "vitest";
import { MAX_CALLBACK_LENGTH, safeCallbackPath, safeRedirectUrl } from "@/lib/http/safe-callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/", "/"],
    ["/episodes", "/episodes"],
    ["/episodes/abc?tab=script#line-3", "/episodes/abc?tab=script#line-3"],
    ["/x/../episodes", "/episodes"],
    ["/./shows", "/shows"],
    ["shows", "/shows"],
    ["/a//b", "/a//b"],
    // Still-encoded slashes are path characters to a browser; a scheme of the studio's own resolves to a path.
    ["/%5cevil.example", "/%5cevil.example"],
    ["/./%2f/evil.example", "/%2f/evil.example"],
    ["http:evil.example", "/evil.example"],
  ])("keeps the studio's own path %j as %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "/x/..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E//evil.example",
    "/.%2e//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "/.\\/evil.example",
    "https://evil.example",
    "https://evil.example/episodes",
    "HTTPS://evil.example",
    "http://studio.invalid@evil.example/",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    "/\r\n/evil.example",
    "//\tevil.example",
    "https:/evil.example",
    "",
  ])("turns %j into /", (value) => {
    const path = safeCallbackPath(value);
    expect(path).toBe("/");
  });

  it("never returns what a browser would read as another host", () => {
    const tricky = ["/.//", "/x/..//", "/%2e%2e//", "/%2e/%2f", "/\\", "//", "/.\\\\", "/a/../\\"];
    for (const prefix of tricky) {
      const path = safeCallbackPath(`${prefix}evil.example/x`);
      expect(new URL(path, "https://studio.example").origin, prefix).toBe("https://studio.example");
    }
  });

  it("refuses values that are not a single string, or are longer than any studio address", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/episodes"])).toBe("/");
    expect(safeCallbackPath(`/${"a".repeat(MAX_CALLBACK_LENGTH)}`)).toBe("/");
    expect(safeCallbackPath(`/${"a".repeat(MAX_CALLBACK_LENGTH - 2)}`)).toBe(`/${"a".repeat(MAX_CALLBACK_LENGTH - 2)}`);
  });
});

describe("safeRedirectUrl", () => {
  const base = "https://studio.example";
  it.each([
    ["/episodes", `${base}/episodes`],
    [`${base}/episodes?tab=script`, `${base}/episodes?tab=script`],
    [base, `${base}/`],
    [`${base}//evil.example`, `${base}/`],
    [`${base}/.//evil.example`, `${base}/`],
    [`${base}/%2e%2e//evil.example`, `${base}/`],
    ["/x/..//evil.example", `${base}/`],
    ["https://evil.example/", `${base}/`],
    ["https://studio.example.evil.example/", `${base}/`],
    ["http://studio.example/episodes", `${base}/`],
    ["//evil.example", `${base}/`],
    ["javascript:alert(1)", `${base}/`],
  ])("sends %j to %j", (url, expected) => {
    expect(safeRedirectUrl(url, base)).toBe(expected);
  });
});
