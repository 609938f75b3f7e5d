import type { IncomingMessage, RequestListener } from "node:http";
import { bareAddress } from "@/lib/http/client-address";

/**
 * Appends the address of the socket a request came in on to its X-Forwarded-For, as a reverse proxy does
 * (`<what came>, <socket address>`, or the address alone): Next hands route code no socket, so this is how it learns
 * the one address a client cannot write (lib/http/client-address.ts reads it right to left). Node joins a repeated
 * header with commas. A socket already closed has no address: "unknown" then stands in its place.
 */
export function appendForwardedFor(req: IncomingMessage): void {
  const peer = bareAddress(req.socket.remoteAddress ?? "") ?? "unknown";
  const came = [req.headers["x-forwarded-for"] ?? []].flat().join(", ").trim();
  req.headers["x-forwarded-for"] = came ? `${came}, ${peer}` : peer;
}

/** `handler` with each request's X-Forwarded-For completed first. */
export function forwardingSocketAddress(handler: RequestListener): RequestListener {
  return (req, res) => {
    appendForwardedFor(req);
    return handler(req, res);
  };
}
