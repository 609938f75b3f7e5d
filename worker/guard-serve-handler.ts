import type http from "node:http";
import { Transform } from "node:stream";

/**
 * The largest body the worker reads. The SDK's Node adapter reads a body whole, without limit, before it checks the
 * signature. The engine's largest request is an execution call: the run's event (under the engine's 10 MB cap on
 * event bodies) plus every finished step's output. Inngest's own limits, which the app's functions are written for,
 * are 4 MB per step output and 32 MB of run state; 64 MB leaves margin over both.
 */
export const MAX_WORKER_BODY_BYTES = 64 * 1024 * 1024;

/** A registration trigger (PUT) carries at most a few hundred bytes. */
export const MAX_REGISTER_BODY_BYTES = 1024 * 1024;
/** How far a signature's timestamp may be from this machine's clock (the SDK allows the same). */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000;
/** Signed POST bodies read at once before the SDK has checked their signature; more get a 503 (the engine retries). */
export const MAX_UNVERIFIED_BODIES = 4;

export interface GuardOptions {
  maxBodyBytes?: number;
  maxRegisterBodyBytes?: number;
  maxUnverifiedBodies?: number;
  now?: () => number;
}

/** `t=<unix seconds>&s=<hex HMAC-SHA256>` (lib/engine/signing.ts), its timestamp in milliseconds, or null. */
export function signatureTime(header: string | string[] | undefined): number | null {
  if (typeof header !== "string" || header.length > 200) return null;
  const params = new URLSearchParams(header);
  const t = params.get("t");
  const s = params.get("s");
  if (!t || !/^\d{1,12}$/.test(t) || !s || !/^[0-9a-f]{64}$/.test(s)) return null;
  return Number(t) * 1000;
}

/**
 * The SDK's Node `serve()` handler, made safe for any request:
 * - a POST gets a 401 before its body is read unless it carries a well-formed `X-Inngest-Signature` (every engine
 *   call does) dated within 5 minutes of now; an unsigned PUT still passes, as it is how the engine asks the worker
 *   to register (which needs the signing key), but its body is capped at 1 MB;
 * - the SDK reads a whole body before checking its signature, so at most `maxUnverifiedBodies` POST bodies are read
 *   at once: a forged header cannot make the worker hold more than that many bodies in memory (others get a 503,
 *   which the engine retries without counting an attempt);
 * - a body over its cap gets a 413: at once when its Content-Length says so, else as soon as the bytes read pass it,
 *   and the connection is closed rather than drained (after at most 2 s or 1 MB of lingering, so the client can read
 *   the answer first);
 * - on a POST or PUT whose body is not JSON the SDK rejects rather than answers (inngest 4.24.0 parses the body before
 *   checking the signature), and an unhandled rejection would end the process: such a request gets a 400.
 * Refusals show nothing of the server.
 */
export function guardServeHandler(
  handler: http.RequestListener,
  {
    maxBodyBytes = MAX_WORKER_BODY_BYTES,
    maxRegisterBodyBytes = MAX_REGISTER_BODY_BYTES,
    maxUnverifiedBodies = MAX_UNVERIFIED_BODIES,
    now = Date.now,
  }: GuardOptions = {},
): http.RequestListener {
  let reading = 0;
  return (request, response) => {
    const isPost = request.method === "POST";
    if (isPost) {
      const signedAt = signatureTime(request.headers["x-inngest-signature"]);
      if (signedAt === null)
        return refuse(
          request,
          response,
          401,
          "This worker runs only calls signed by its engine (X-Inngest-Signature).",
        );
      if (Math.abs(now() - signedAt) > SIGNATURE_MAX_AGE_MS) {
        return refuse(
          request,
          response,
          401,
          "The call's signature is too old or from the future: check this machine's clock.",
        );
      }
    }
    const cap = request.method === "PUT" ? Math.min(maxBodyBytes, maxRegisterBodyBytes) : maxBodyBytes;
    const tooLarge = `The request body is over ${cap} bytes, more than the engine ever sends.`;
    if (Number(request.headers["content-length"]) > cap) return refuse(request, response, 413, tooLarge);

    let release = () => {};
    if (isPost) {
      if (reading >= maxUnverifiedBodies) {
        if (!response.headersSent) response.setHeader("retry-after", "1");
        return refuse(request, response, 503, "The worker is busy reading other calls; try again shortly.");
      }
      reading++;
      let held = true;
      release = () => {
        if (held) reading--;
        held = false;
      };
      request.once("close", release);
      response.once("close", release);
    }

    // The SDK reads the bodies it parses (POST, PUT) through a counted copy, which stops where the cap is passed.
    let refused = false;
    const counted =
      isPost || request.method === "PUT"
        ? countedBody(request, cap, () => {
            refused = true;
            release();
            refuse(request, response, 413, tooLarge);
          })
        : request;
    if (counted !== request) counted.once("end", release);

    // Typed as returning nothing, the SDK's listener returns its promise.
    Promise.resolve(handler(counted, response) as unknown).catch((error: unknown) => {
      release();
      if (refused) return;
      if (response.headersSent) return void response.destroy();
      const message =
        error instanceof SyntaxError ? "The request body is not JSON." : "The worker could not handle this request.";
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ message }));
    });
  };
}

/** `request` as the SDK's Node adapter reads it (its body, headers, method, URL and socket), its body cut off past `max` bytes. */
function countedBody(request: http.IncomingMessage, max: number, onOver: () => void): http.IncomingMessage {
  let read = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      done(read > max ? new Error(`over ${max} bytes`) : null, chunk);
    },
  });
  body.on("error", () => {
    request.unpipe(body);
    onOver();
  });
  request.pipe(body);
  return Object.assign(body, {
    headers: request.headers,
    method: request.method,
    url: request.url,
    socket: request.socket,
  }) as unknown as http.IncomingMessage;
}

/** How much of a refused body is read and dropped after the answer, at most, before the connection is closed. */
const LINGER_MS = 2_000;
const LINGER_BYTES = 1024 * 1024;

/**
 * Answers at once, then closes the connection without reading the rest of the body. Closing a socket that still holds
 * unread bytes makes the kernel reset the connection, and the reset can reach the client before the answer (it then
 * sees EPIPE, not the 413); so, as web servers do, the connection lingers: what arrives is dropped for up to
 * LINGER_MS or LINGER_BYTES, which lets the client read the answer and stop sending, and then it is closed.
 */
function refuse(request: http.IncomingMessage, response: http.ServerResponse, status: number, message: string): void {
  if (response.headersSent) return void response.destroy();
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ message }));
  const socket = request.socket;
  const close = () => socket.destroy();
  const timer = setTimeout(close, LINGER_MS);
  socket.once("close", () => clearTimeout(timer));
  let dropped = 0;
  request.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) close();
  });
  request.on("end", close);
  request.resume();
}
