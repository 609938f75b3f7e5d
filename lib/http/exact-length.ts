import type { ServerResponse } from "node:http";

/**
 * Next drops a route handler's Content-Length (its body may have been decoded on the way), so a HEAD answer has none,
 * though podcast apps and feed validators read an enclosure's size from it. A route that knows its body's exact
 * length says so in this header too, and the studio's web server (server/web-server.ts) turns it back into
 * Content-Length.
 */
export const EXACT_LENGTH_HEADER = "x-exact-content-length";

/**
 * Makes `res` send EXACT_LENGTH_HEADER as its Content-Length, never the private header itself. Not on an encoded
 * (compressed) body, whose length is no longer the one stated.
 */
export function restoreExactLength(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const length = this.getHeader(EXACT_LENGTH_HEADER);
    if (length !== undefined) {
      this.removeHeader(EXACT_LENGTH_HEADER);
      if (this.getHeader("content-encoding") === undefined && this.getHeader("transfer-encoding") === undefined)
        this.setHeader("content-length", length);
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
