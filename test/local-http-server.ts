import http from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface LocalHttpServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Every request received, body read, in order: empty it before the requests a test counts. */
  hits: { method: string; path: string; host: string | undefined; body: string }[];
  close(): Promise<void>;
}

/**
 * A server on 127.0.0.1 for tests of outgoing requests (URL sources, alert webhooks), on a free port. `routes` maps a
 * path (the query ignored) to its handler, and may change while the server runs; any other path answers 404.
 */
export async function startLocalHttpServer(routes: ReadonlyMap<string, Handler>): Promise<LocalHttpServer> {
  const hits: LocalHttpServer["hits"] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c));
    req.on("end", () => {
      hits.push({ method: req.method ?? "", path: req.url ?? "", host: req.headers.host, body });
      const handler = routes.get(new URL(req.url ?? "/", "http://x").pathname);
      if (handler) handler(req, res);
      else res.writeHead(404, "Not Found").end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
