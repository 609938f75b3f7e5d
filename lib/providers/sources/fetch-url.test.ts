import type http from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalHttpServer, type Handler, type LocalHttpServer } from "@/test/local-http-server";
import { buildTestPdf } from "./build-test-pdf";
import { fetchUrl, type FetchUrlOptions } from "./fetch-url";
import { SourceError } from "./source-error";

const routes = new Map<string, Handler>();
let server: LocalHttpServer;
let hits: LocalHttpServer["hits"];
let port: number;
let base: string;

beforeAll(async () => {
  server = await startLocalHttpServer(routes);
  ({ hits, port, base } = server);
});
afterAll(() => server.close());

const route = (path: string, handler: Handler) => routes.set(path, handler);
const redirect = (path: string, location: string, status = 302) =>
  route(path, (_q, res) => res.writeHead(status, { location }).end());
const html = (body: string) => (_q: http.IncomingMessage, res: http.ServerResponse) =>
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);

const local: FetchUrlOptions = { enabled: true, allowAddressesForTests: ["127.0.0.1"] };

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

route(
  "/article",
  html("<title>Grid storage</title><main><h1>Batteries</h1><p>Storage doubled &amp; prices fell.</p></main>"),
);

describe("fetchUrl: address policy", () => {
  it("is off unless enabled", async () => {
    const error = await refusal(fetchUrl(`${base}/article`, { enabled: false }));
    expect(error.reason).toBe("fetch_disabled");
    expect(error.message).toMatch(/SOURCE_FETCH_ENABLED/);
  });

  it("refuses a server on 127.0.0.1 by default, in any spelling", async () => {
    for (const url of [
      `${base}/article`,
      `http://2130706433:${port}/article`,
      `http://0x7f.1:${port}/article`,
      `http://[::ffff:127.0.0.1]:${port}/`,
    ]) {
      const error = await refusal(fetchUrl(url, { enabled: true }));
      expect(error.reason).toBe("blocked_address");
    }
    expect((await refusal(fetchUrl(`${base}/article`, { enabled: true }))).message).toBe(
      "Showrunner does not fetch internal addresses: 127.0.0.1 is a loopback address.",
    );
    expect(hits).toEqual([]);
  });

  it("refuses a host when any of its addresses is internal, before connecting", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ];
    const error = await refusal(fetchUrl("http://mixed.example/", { enabled: true, resolve }));
    expect(error.message).toBe(
      "Showrunner does not fetch internal addresses: mixed.example resolves to a private network address.",
    );
  });

  it("connects to the address it checked, never resolving the host again (DNS rebinding)", async () => {
    const answers = ["127.0.0.1", "10.0.0.1"];
    let lookups = 0;
    const resolve = async () => [{ address: answers[Math.min(lookups++, 1)]!, family: 4 }];
    hits.length = 0;
    const page = await fetchUrl(`http://rebind.example:${port}/article`, { ...local, resolve });
    expect(page.title).toBe("Grid storage");
    expect(lookups).toBe(1);
    expect(hits.map(({ path, host }) => ({ path, host }))).toEqual([
      { path: "/article", host: `rebind.example:${port}` },
    ]);
  });

  it("refuses other schemes, credentials and malformed addresses", async () => {
    expect((await refusal(fetchUrl("file:///etc/passwd", local))).message).toBe(
      "Only http and https links can be fetched, not file.",
    );
    expect((await refusal(fetchUrl("ftp://example.com/x", local))).reason).toBe("invalid_url");
    expect((await refusal(fetchUrl(`http://user:pw@127.0.0.1:${port}/`, local))).reason).toBe("invalid_url");
    expect((await refusal(fetchUrl("not a url", local))).reason).toBe("invalid_url");
  });
});

describe("fetchUrl: redirects", () => {
  it("follows redirects, re-checking every hop, and reports the final address", async () => {
    redirect("/r1", "/r2", 301);
    redirect("/r2", `http://127.0.0.1:${port}/article`, 307);
    const page = await fetchUrl(`${base}/r1`, local);
    expect(page.url).toBe(`${base}/article`);
    expect(page.content).toBe("Batteries\n\nStorage doubled & prices fell.");
  });

  it("refuses a redirect from an allowed host to a loopback or private address", async () => {
    for (const target of [
      `http://127.0.0.2:${port}/article`,
      `http://[::1]:${port}/article`,
      "http://10.0.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://intranet.example/",
    ]) {
      redirect("/escape", target);
      hits.length = 0;
      const error = await refusal(
        fetchUrl(`${base}/escape`, { ...local, resolve: async () => [{ address: "192.168.0.10", family: 4 }] }),
      );
      expect(error.reason).toBe("blocked_address");
      expect(hits.map((h) => h.path)).toEqual(["/escape"]);
    }
  });

  it("refuses a redirect to another scheme", async () => {
    redirect("/to-file", "file:///etc/passwd");
    expect((await refusal(fetchUrl(`${base}/to-file`, local))).reason).toBe("invalid_url");
  });

  it("stops after five redirects", async () => {
    route("/loop", (req, res) => {
      const n = Number(new URL(req.url!, base).searchParams.get("n") ?? 0);
      res.writeHead(302, { location: `/loop?n=${n + 1}` }).end();
    });
    hits.length = 0;
    const error = await refusal(fetchUrl(`${base}/loop`, local));
    expect(error.reason).toBe("too_many_redirects");
    expect(hits).toHaveLength(6);
  });
});

describe("fetchUrl: limits", () => {
  it("cuts off a body that streams past the size limit", async () => {
    let closed = false;
    route("/endless", (_q, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const timer = setInterval(() => res.write(chunk), 1);
      res.on("close", () => {
        closed = true;
        clearInterval(timer);
      });
    });
    const error = await refusal(fetchUrl(`${base}/endless`, { ...local, maxBytes: 256 * 1024 }));
    expect(error.reason).toBe("too_large");
    expect(error.message).toMatch(/larger than 256 KB/);
    await expect.poll(() => closed).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading it", async () => {
    route("/big", (_q, res) =>
      res.writeHead(200, { "content-type": "text/plain", "content-length": String(6 * 1024 * 1024) }).write("x"),
    );
    expect((await refusal(fetchUrl(`${base}/big`, local))).message).toMatch(/larger than 5 MB/);
  });

  it("counts decompressed bytes, so a compression bomb stops at the limit", async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    route("/bomb", (_q, res) =>
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(bomb),
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect((await refusal(fetchUrl(`${base}/bomb`, local))).reason).toBe("too_large");
  });

  it("gives up when the server is too slow", async () => {
    route("/slow", (_q, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("start");
    });
    const started = Date.now();
    const error = await refusal(fetchUrl(`${base}/slow`, { ...local, timeoutMs: 300 }));
    expect(error.reason).toBe("timeout");
    expect(error.message).toBe(`${base}/slow took longer than 0.3 s to fetch.`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("fetchUrl: content", () => {
  it("reads gzip-encoded HTML in its declared charset", async () => {
    const body = gzipSync(Buffer.from("<title>Caf\xe9</title><p>Cr\xe8me br\xfbl\xe9e</p>", "latin1"));
    route("/latin1", (_q, res) =>
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1", "content-encoding": "gzip" }).end(body),
    );
    const page = await fetchUrl(`${base}/latin1`, local);
    expect(page).toMatchObject({
      kind: "URL",
      title: "Café",
      content: "Crème brûlée",
      contentType: "text/html",
      truncated: false,
    });
    expect(page.byteSize).toBeGreaterThan(0);
    expect(page.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads PDFs and plain text", async () => {
    route("/paper.pdf", (_q, res) =>
      res
        .writeHead(200, { "content-type": "application/pdf" })
        .end(buildTestPdf([["Findings: output rose 12%."]], "Paper")),
    );
    route("/notes.txt", (_q, res) => res.writeHead(200, { "content-type": "text/plain" }).end("Plain notes."));
    expect(await fetchUrl(`${base}/paper.pdf`, local)).toMatchObject({
      title: "Paper",
      content: "Findings: output rose 12%.",
      contentType: "application/pdf",
    });
    expect(await fetchUrl(`${base}/notes.txt`, local)).toMatchObject({
      title: "127.0.0.1: notes.txt",
      content: "Plain notes.",
    });
  });

  it("refuses content it cannot read and error statuses", async () => {
    route("/image.png", (_q, res) =>
      res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0])),
    );
    expect((await refusal(fetchUrl(`${base}/image.png`, local))).message).toMatch(
      /is image\/png, which Showrunner cannot read/,
    );
    expect((await refusal(fetchUrl(`${base}/missing`, local))).message).toBe(
      `${base}/missing answered HTTP 404 Not Found.`,
    );
  });
});
