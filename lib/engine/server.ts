import http from "node:http";
import { hashSigningKey, sameSecret } from "./signing";
import type { Logger } from "./types";

/**
 * The engine's HTTP face, the part of the Inngest API the SDK calls: `POST /fn/register` (sync; needs
 * `Authorization: Bearer <hashed signing key>`, as the SDK sends it in cloud mode) and `POST /e/:eventKey` (events;
 * only the engine's event key). A refused key answers 401 before the body is read, so nothing is stored or run.
 * Anything else answers 404 naming the route, so an SDK feature that needs more of the API fails loudly. Errors the
 * caller cannot act on answer 500 with a generic message; the details go to the engine's log only.
 */
export interface ServerHandlers {
  register(body: unknown): Promise<{ status: number; body: unknown }>;
  events(body: unknown): Promise<{ status: number; body: unknown }>;
}

export interface ServerKeys {
  eventKey: string;
  signingKey: string;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export function createServer(handlers: ServerHandlers, keys: ServerKeys, log: Logger): http.Server {
  const registerToken = `Bearer ${hashSigningKey(keys.signingKey)}`;
  return http.createServer((request, response) => {
    void handle(request, handlers, keys.eventKey, registerToken)
      .catch((error: Error) => {
        log.error(
          `[engine] ${request.method} ${request.url?.replace(/^\/e\/[^/?]*/, "/e/…")}: ${error.stack ?? error.message}`,
        );
        if (error instanceof BadRequest) return { status: 400, body: { status: 400, error: error.message } };
        return {
          status: 500,
          body: { status: 500, error: "The engine could not handle this request; its log says why." },
        };
      })
      .then(({ status, body }) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      });
  });
}

async function handle(
  request: http.IncomingMessage,
  handlers: ServerHandlers,
  eventKey: string,
  registerToken: string,
) {
  const path = pathOf(request.url ?? "/");
  if (request.method === "POST" && path === "/fn/register") {
    if (!sameSecret(request.headers.authorization ?? "", registerToken)) {
      return refuse(
        request,
        "This engine registers functions only for an app that has its signing key: set INNGEST_SIGNING_KEY to the engine's (npm start passes it to the worker; see docs/engine.md).",
      );
    }
    return handlers.register(await readJson(request));
  }
  const eventRoute = /^\/e(?:\/([^/]*))?\/?$/.exec(path);
  if (request.method === "POST" && eventRoute) {
    const sentKey = eventRoute[1] ?? "";
    if (!sameSecret(sentKey, eventKey)) {
      return refuse(
        request,
        "Event key not accepted: send events with the engine's key, INNGEST_EVENT_KEY (npm start passes it to the web server and the worker; see docs/engine.md).",
      );
    }
    return handlers.events(await readJson(request));
  }
  request.resume();
  const error = `The offline Inngest engine does not implement ${request.method} ${path} (see docs/engine.md)`;
  return { status: 404, body: { status: 404, error } };
}

function refuse(request: http.IncomingMessage, error: string) {
  request.resume();
  return { status: 401, body: { status: 401, error } };
}

class BadRequest extends Error {}

function pathOf(url: string): string {
  try {
    return new URL(url, "http://engine").pathname;
  } catch {
    throw new BadRequest("the request's path is not a URL path");
  }
}

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
