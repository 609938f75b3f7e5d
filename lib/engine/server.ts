import http from "node:http";
import type { Logger } from "./types";

/**
 * The engine's HTTP face, the part of the Inngest API the SDK calls in dev mode: `POST /fn/register` (sync)
 * and `POST /e/:eventKey` (events; any key is accepted, as by the Dev Server). Anything else answers 404
 * naming the route, so an SDK feature that needs more of the API fails loudly.
 */
export interface ServerHandlers {
  register(body: unknown): Promise<{ status: number; body: unknown }>;
  events(body: unknown): Promise<{ status: number; body: unknown }>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function createServer(handlers: ServerHandlers, log: Logger): http.Server {
  return http.createServer((request, response) => {
    void handle(request, handlers)
      .catch((error: Error) => {
        log.error(`[engine] ${request.method} ${request.url}: ${error.message}`);
        const status = error instanceof BadRequest ? 400 : 500;
        return { status, body: { status, error: error.message } };
      })
      .then(({ status, body }) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      });
  });
}

async function handle(request: http.IncomingMessage, handlers: ServerHandlers) {
  const path = new URL(request.url ?? "/", "http://engine").pathname;
  if (request.method === "POST" && path === "/fn/register") return handlers.register(await readJson(request));
  if (request.method === "POST" && /^\/e\/[^/]+\/?$/.test(path)) return handlers.events(await readJson(request));
  request.resume();
  const error = `The offline Inngest engine does not implement ${request.method} ${path} (see docs/engine.md)`;
  return { status: 404, body: { status: 404, error } };
}

class BadRequest extends Error {}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new BadRequest("request body is not JSON");
  }
}
