import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { forwardingSocketAddress } from "@/lib/http/append-forwarded-for";
import { clientAddress } from "@/lib/http/client-address";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A real server whose handler answers with the X-Forwarded-For it was given, listening on `host`. */
async function echoServer(host: string): Promise<number> {
  const server = http.createServer(
    forwardingSocketAddress((req, res) => res.end(req.headers["x-forwarded-for"] ?? "")),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

/** What the handler saw, for a request to `host:port` sending `forged` as X-Forwarded-For (an array: repeated). */
function forwardedFor(host: string, port: number, forged?: string | string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host, port, path: "/", headers: forged === undefined ? {} : { "X-Forwarded-For": forged } },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
        let body = "";
        res
          .setEncoding("utf8")
          .on("data", (chunk: string) => (body += chunk))
          .on("end", () => resolve(body));
      },
    );
    req.on("error", reject).end();
  });
}

describe("forwardingSocketAddress", () => {
  it("gives the handler the socket's address when the client sent none", async () => {
    const port = await echoServer("127.0.0.1");
    expect(await forwardedFor("127.0.0.1", port)).toBe("127.0.0.1");
  });

  it("appends the socket's address to a forged header, so the forged entry is never right-most", async () => {
    const port = await echoServer("127.0.0.1");
    const seen = await forwardedFor("127.0.0.1", port, "9.9.9.9");
    expect(seen).toBe("9.9.9.9, 127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": seen }), null)).toBe("127.0.0.1");
  });

  it("keeps every repeated header before the socket's address", async () => {
    const port = await echoServer("127.0.0.1");
    const seen = await forwardedFor("127.0.0.1", port, ["9.9.9.9", "8.8.8.8, garbage"]);
    expect(seen).toBe("9.9.9.9, 8.8.8.8, garbage, 127.0.0.1");
    expect(clientAddress(new Headers({ "x-forwarded-for": seen }), null)).toBe("127.0.0.1");
  });

  it("writes an IPv4 peer of a dual-stack socket as IPv4, not ::ffff:127.0.0.1", async () => {
    const port = await echoServer("::");
    expect(await forwardedFor("127.0.0.1", port, "9.9.9.9")).toBe("9.9.9.9, 127.0.0.1");
  });

  it("gives an IPv6 peer's address", async () => {
    const port = await echoServer("::1");
    expect(await forwardedFor("::1", port, "2001:db8::9")).toBe("2001:db8::9, ::1");
  });
});
