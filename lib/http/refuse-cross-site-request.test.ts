import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { refuseCrossSiteRequest, refuseUnexpectedBodyType } from "@/lib/http/refuse-cross-site-request";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://studio.test/api/episodes/e1/cancel", { method, headers });

function statusOf(refuse: () => void): number | "allowed" {
  try {
    refuse();
    return "allowed";
  } catch (error) {
    if (error instanceof DomainError) return error.status;
    throw error;
  }
}

describe("refuseCrossSiteRequest", () => {
  const host = { host: "studio.test:3000" };
  it.each([
    ["same origin", { ...host, origin: "http://studio.test:3000" }, "allowed"],
    ["same origin, upper case", { ...host, origin: "HTTP://STUDIO.TEST:3000" }, "allowed"],
    ["another site", { ...host, origin: "https://evil.example" }, 403],
    ["another port of the same host", { ...host, origin: "http://studio.test:4000" }, 403],
    ["a look-alike host", { ...host, origin: "http://studio.test.evil.example:3000" }, 403],
    ["an opaque origin", { ...host, origin: "null" }, 403],
    ["a malformed origin", { ...host, origin: "not a url" }, 403],
    ["a browser's same-origin request without Origin", { ...host, "sec-fetch-site": "same-origin" }, "allowed"],
    ["a browser's user-typed request", { ...host, "sec-fetch-site": "none" }, "allowed"],
    ["a browser's cross-site request without Origin", { ...host, "sec-fetch-site": "cross-site" }, 403],
    ["a sibling subdomain without Origin", { ...host, "sec-fetch-site": "same-site" }, 403],
    [
      "another site even when Sec-Fetch-Site lies",
      { ...host, origin: "https://evil.example", "sec-fetch-site": "same-origin" },
      403,
    ],
    ["a client that is not a browser (neither header)", { ...host }, "allowed"],
  ])("%s: %s", (_what, headers, expected) => {
    expect(statusOf(() => refuseCrossSiteRequest(request("POST", headers), undefined))).toBe(expected);
  });

  it("compares default ports as the browser writes them", () => {
    expect(
      statusOf(() =>
        refuseCrossSiteRequest(request("POST", { host: "studio.test:80", origin: "http://studio.test" }), undefined),
      ),
    ).toBe("allowed");
    expect(
      statusOf(() =>
        refuseCrossSiteRequest(request("POST", { host: "studio.test", origin: "https://studio.test" }), undefined),
      ),
    ).toBe("allowed");
  });

  it("accepts AUTH_URL's origin, for a studio behind a proxy that rewrites the Host", () => {
    const proxied = { host: "127.0.0.1:3000", origin: "https://studio.example.com" };
    expect(statusOf(() => refuseCrossSiteRequest(request("PUT", proxied), "https://studio.example.com/"))).toBe(
      "allowed",
    );
    expect(statusOf(() => refuseCrossSiteRequest(request("PUT", proxied), undefined))).toBe(403);
    expect(
      statusOf(() =>
        refuseCrossSiteRequest(
          request("PUT", { ...proxied, origin: "http://studio.example.com" }),
          "https://studio.example.com",
        ),
      ),
    ).toBe(403);
  });

  it("checks only methods that change state, and says what to do", () => {
    const evil = { host: "studio.test", origin: "https://evil.example" };
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(statusOf(() => refuseCrossSiteRequest(request(method, evil), undefined))).toBe("allowed");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      expect(statusOf(() => refuseCrossSiteRequest(request(method, evil), undefined))).toBe(403);
    expect(() => refuseCrossSiteRequest(request("POST", evil), undefined)).toThrow(/another site.*AUTH_URL/);
  });
});

describe("refuseUnexpectedBodyType", () => {
  const body = (type?: string) => ({ "content-length": "12", ...(type ? { "content-type": type } : {}) });
  it.each([
    ["JSON", body("application/json"), "json", "allowed"],
    ["JSON with a charset", body("application/json; charset=utf-8"), "json", "allowed"],
    ["JSON in capitals", body("Application/JSON"), "json", "allowed"],
    ["plain text", body("text/plain"), "json", 415],
    ["a form", body("application/x-www-form-urlencoded"), "json", 415],
    ["multipart where JSON is expected", body("multipart/form-data; boundary=x"), "json", 415],
    ["no type", body(), "json", 415],
    ["a JSON look-alike", body("application/jsonp"), "json", 415],
    ["a chunked body of plain text", { "transfer-encoding": "chunked", "content-type": "text/plain" }, "json", 415],
    ["no body at all", {}, "json", "allowed"],
    ["an empty body", { "content-length": "0", "content-type": "text/plain" }, "json", "allowed"],
    ["multipart where a file is expected", body("multipart/form-data; boundary=x"), "multipart", "allowed"],
    ["JSON where a file is expected", body("application/json"), "multipart", 415],
  ] as const)("%s", (_what, headers, expected, outcome) => {
    expect(statusOf(() => refuseUnexpectedBodyType(request("POST", headers), expected))).toBe(outcome);
  });

  it("names the type to send", () => {
    expect(() => refuseUnexpectedBodyType(request("PATCH", body("text/plain")))).toThrow(
      /Content-Type: application\/json/,
    );
    expect(statusOf(() => refuseUnexpectedBodyType(request("GET", body("text/plain"))))).toBe("allowed");
  });
});
