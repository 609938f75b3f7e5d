import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/providers/errors";
import { fetchUrl } from "@/lib/providers/sources/fetch-url";
import { createBraveSearch } from "./brave-search";
import { SearchProviderError } from "./call-search-api";
import { createTavilySearch } from "./tavily-search";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
type Reply = { status: number; headers?: Record<string, string>; body?: unknown };

let server: http.Server;
let base: string;
let seen: Seen[];
let reply: (req: Seen) => Reply;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const request = { method: req.method!, url: req.url!, headers: req.headers, body };
      if (req.url!.startsWith("/pages/")) {
        if (req.url === "/pages/missing") return res.writeHead(404).end();
        return res
          .writeHead(200, { "content-type": "text/html" })
          .end(`<title>Page</title><p>Full text of ${req.url}.</p>`);
      }
      seen.push(request);
      const answer = reply(request);
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  seen = [];
});

// The result pages live on the test server, so the fetcher is told this one loopback address is fine.
const fetchPage = (url: string, signal?: AbortSignal) =>
  fetchUrl(url, { enabled: true, signal, allowAddressesForTests: ["127.0.0.1"] });
const request = { query: "grid batteries 2024", episodeId: "ep1", showId: "show1", limit: 2 };

describe("Tavily", () => {
  it("posts the query with a Bearer key and fetches each result's page", async () => {
    reply = () => ({
      status: 200,
      body: {
        query: request.query,
        response_time: 0.5,
        results: [
          {
            title: "Storage boom",
            url: `${base}/pages/one`,
            content: "Storage doubled.",
            score: 0.9,
            raw_content: null,
          },
          { title: "Gone", url: `${base}/pages/missing`, content: "Old snippet.", score: 0.5 },
          { title: "Extra", url: `${base}/pages/three`, content: "Beyond the limit.", score: 0.1 },
        ],
      },
    });
    const tavily = createTavilySearch({ apiKey: "tvly-test", baseUrl: base, fetchPage });
    const response = await tavily.search(request);

    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("POST");
    expect(seen[0]!.url).toBe("/search");
    expect(seen[0]!.headers.authorization).toBe("Bearer tvly-test");
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]!.body)).toEqual({
      query: "grid batteries 2024",
      max_results: 2,
      search_depth: "basic",
      include_answer: false,
      include_raw_content: false,
      include_images: false,
    });
    expect(response).toEqual({
      results: [
        {
          title: "Storage boom",
          url: `${base}/pages/one`,
          snippet: "Storage doubled.",
          score: 0.9,
          content: "Full text of /pages/one.",
        },
        { title: "Gone", url: `${base}/pages/missing`, snippet: "Old snippet.", score: 0.5 },
      ],
      usage: [{ provider: "tavily", model: "search-basic", unit: "request", quantity: 1 }],
    });
  });

  it("turns 429 into a RateLimitedError carrying Retry-After", async () => {
    reply = () => ({ status: 429, headers: { "retry-after": "12" }, body: { detail: { error: "Too Many Requests" } } });
    const error = await createTavilySearch({ apiKey: "k", baseUrl: base })
      .search(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(12_000);
    expect((error as Error).message).toBe("Tavily is rate limiting searches; retry in 12 s.");
  });

  it("names the key variable when the key is refused, and rejects unexpected answers", async () => {
    reply = () => ({ status: 401, body: { detail: { error: "Your API key is wrong or missing." } } });
    const tavily = createTavilySearch({ apiKey: "bad", baseUrl: base });
    await expect(tavily.search(request)).rejects.toThrow(
      "Tavily refused the API key (HTTP 401): check TAVILY_API_KEY.",
    );
    reply = () => ({ status: 200, body: { unexpected: true } });
    await expect(tavily.search(request)).rejects.toBeInstanceOf(SearchProviderError);
  });

  it("checks health against the free usage endpoint", async () => {
    reply = () => ({ status: 200, body: { key: { usage: 150, limit: 1000 } } });
    expect(await createTavilySearch({ apiKey: "tvly-test", baseUrl: base }).health()).toEqual({
      ok: true,
      detail: "Tavily key accepted; 150 credits used this cycle",
    });
    expect(seen[0]).toMatchObject({ method: "GET", url: "/usage", headers: { authorization: "Bearer tvly-test" } });
    reply = () => ({ status: 401 });
    expect((await createTavilySearch({ apiKey: "bad", baseUrl: base }).health()).ok).toBe(false);
  });
});

describe("Brave Search", () => {
  it("sends the query string and subscription token, and cleans the highlighted snippets", async () => {
    reply = () => ({
      status: 200,
      body: {
        type: "search",
        web: {
          type: "search",
          results: [
            {
              title: "Grid <strong>batteries</strong>",
              url: `${base}/pages/b1`,
              description: "Storage &amp; <strong>batteries</strong> in 2024.",
            },
            { title: "Second", url: `${base}/pages/b2`, description: "More." },
          ],
        },
      },
    });
    const brave = createBraveSearch({ apiKey: "BSA-test", baseUrl: base, fetchPage });
    const response = await brave.search(request);

    const sent = new URL(seen[0]!.url, base);
    expect(seen[0]!.method).toBe("GET");
    expect(sent.pathname).toBe("/res/v1/web/search");
    expect(Object.fromEntries(sent.searchParams)).toEqual({ q: "grid batteries 2024", count: "2" });
    expect(seen[0]!.headers["x-subscription-token"]).toBe("BSA-test");
    expect(seen[0]!.headers.accept).toBe("application/json");
    expect(response.results[0]).toEqual({
      title: "Grid batteries",
      url: `${base}/pages/b1`,
      snippet: "Storage & batteries in 2024.",
      content: "Full text of /pages/b1.",
    });
    expect(response.usage).toEqual([{ provider: "brave", model: "web-search", unit: "request", quantity: 1 }]);
  });

  it("keeps snippets only when no fetcher is given, and handles an answer without web results", async () => {
    reply = () => ({
      status: 200,
      body: { web: { results: [{ title: "T", url: `${base}/pages/x`, description: "D" }] } },
    });
    expect((await createBraveSearch({ apiKey: "k", baseUrl: base }).search(request)).results).toEqual([
      { title: "T", url: `${base}/pages/x`, snippet: "D" },
    ]);
    reply = () => ({ status: 200, body: { type: "search" } });
    expect((await createBraveSearch({ apiKey: "k", baseUrl: base }).search(request)).results).toEqual([]);
  });

  it("honours Retry-After, else Brave's per-second X-RateLimit-Reset", async () => {
    const brave = createBraveSearch({ apiKey: "k", baseUrl: base });
    reply = () => ({ status: 429, headers: { "retry-after": "3" } });
    expect(await brave.search(request).catch((e: RateLimitedError) => e.retryAfterMs)).toBe(3000);
    reply = () => ({ status: 429, headers: { "x-ratelimit-reset": "1, 1419704" } });
    expect(await brave.search(request).catch((e: RateLimitedError) => e.retryAfterMs)).toBe(1000);
  });
});
