import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts carrying the nonce (and what they load), with no eval outside development", () => {
    const policy = directives(pageContentSecurityPolicy("abc123"));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(pageContentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy("n")).not.toContain("unsafe-eval");
  });

  it("lets the waveform player use blob: media", () => {
    expect(directives(pageContentSecurityPolicy("n")).get("media-src")).toEqual(["'self'", "blob:"]);
  });
});

describe("newNonce", () => {
  it("is fresh each time and fits a CSP nonce", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
