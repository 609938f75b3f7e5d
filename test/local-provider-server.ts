import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Set when the client closed the connection before an answer was sent (a timeout or an abort). */
  abandoned: boolean;
}

/** What the server does with one request: answer it, or "hang" (accept it, read it, and never answer). */
export type Answer = ((req: ReceivedRequest, res: http.ServerResponse) => void) | "hang";

/**
 * Test support: a provider stand-in on 127.0.0.1 that records every request and answers each with `answer`, which
 * a test swaps to speak a provider's wire format, or to hang the way an overloaded provider does.
 */
export async function startLocalProvider(answer: (req: ReceivedRequest) => Answer) {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request: ReceivedRequest = {
        method: req.method!,
        path: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks),
        abandoned: false,
      };
      received.push(request);
      res.on("close", () => (request.abandoned = !res.writableFinished));
      const reply = answer(request);
      if (reply !== "hang") reply(request, res);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => {
      for (const socket of sockets) socket.destroy(); // hung requests would keep close() waiting
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
