import { once } from "node:events";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXACT_LENGTH_HEADER, restoreExactLength } from "./exact-length";

let server: Server;
let base: string;
beforeAll(async () => {
  // As Next answers a route handler: its headers copied without Content-Length, then the body (none for HEAD).
  server = http.createServer((req, res) => {
    restoreExactLength(res);
    res.statusCode = 200;
    res.appendHeader(EXACT_LENGTH_HEADER, "5");
    if (req.url === "/gzip") res.appendHeader("content-encoding", "gzip");
    if (req.method === "HEAD") res.end();
    else {
      res.write("hel");
      res.end("lo");
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe("restoreExactLength", () => {
  it("answers HEAD and GET with the stated Content-Length and drops the private header", async () => {
    const head = await fetch(base, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe("5");
    expect(head.headers.get(EXACT_LENGTH_HEADER)).toBeNull();
    const get = await fetch(base);
    expect(get.headers.get("content-length")).toBe("5");
    expect(get.headers.get("transfer-encoding")).toBeNull();
    expect(await get.text()).toBe("hello");
  });

  it("states no length for an encoded body, whose length is not the one given", async () => {
    const head = await fetch(`${base}/gzip`, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBeNull();
    expect(head.headers.get(EXACT_LENGTH_HEADER)).toBeNull();
  });
});
