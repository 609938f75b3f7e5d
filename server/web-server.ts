/**
 * The studio's web server: the production build (.next, `npm run build`) served through Next's programmatic API by a
 * Node HTTP server of this process, which appends each request's socket address to its X-Forwarded-For as a reverse
 * proxy does (lib/http/append-forwarded-for.ts). `next start` hands route code no socket and keeps a client's own
 * X-Forwarded-For, so the sign-in limiter could not tell clients apart; here the right-most entry is always the peer.
 * `npm start`, the e2e server and `npm run bench:studio` run it; by hand:
 * `NODE_ENV=production node --import tsx server/web-server.ts --port 3000 [--hostname 127.0.0.1]` (all interfaces
 * without --hostname, as `next start`).
 */
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { forwardingSocketAddress } from "@/lib/http/append-forwarded-for";
import { restoreExactLength } from "@/lib/http/exact-length";
import { parseTrustedProxies } from "@/lib/http/client-address";

/** How long requests under way get to finish after SIGTERM/SIGINT; below the 10 s a supervisor waits before SIGKILL. */
const DRAIN_MS = 8_000;

function fail(message: string): never {
  console.error(`Web server: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be a port number, not "${values.port}".`);
// Refused here, naming the variable, rather than at the first sign-in (which reads it again, in lib/auth/index.ts).
try {
  parseTrustedProxies(process.env.SHOWRUNNER_TRUSTED_PROXIES);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// React and Next pick their builds by it when first loaded; `next start` sets it, a custom server must be given it.
if (process.env.NODE_ENV !== "production")
  fail("NODE_ENV must be production: this server serves the production build.");

const app = next({ dev: false, hostname: values.hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer(
  forwardingSocketAddress(async (req, res) => {
    try {
      restoreExactLength(res);
      await handle(req, res);
    } catch (error) {
      console.error(`Web server: failed to handle ${req.method} ${req.url}:`, error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error\n");
    }
  }),
);
// Node's defaults, stated: idle keep-alive connections close after 5 s; a client gets 20 s (not 60) to send its headers,
// so slow-header connections do not pile up; a whole request (an upload) may take up to 5 minutes.
server.keepAliveTimeout = 5_000;
server.headersTimeout = 20_000;
server.requestTimeout = 300_000;
server.on("error", (error: NodeJS.ErrnoException) =>
  fail(`${error.message}.${error.code === "EADDRINUSE" ? " Set PORT to a free port." : ""}`),
);
server.listen(port, values.hostname, () => {
  console.log(`Web server: listening on http://${values.hostname ?? "localhost"}:${port}`);
  process.send?.("listening"); // to the supervisor (scripts/lib/spawn-part.ts saysListening), when it started this process
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // No new connections; idle ones close now and the others as soon as their request is answered; past DRAIN_MS, all.
  const closed = new Promise((resolve) => server.close(resolve));
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await closed;
  clearInterval(closeIdle);
  clearTimeout(force);
  await app.close().catch((error: unknown) => console.error("Web server: closing Next failed:", error));
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
