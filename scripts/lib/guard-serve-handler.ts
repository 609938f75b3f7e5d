import type http from "node:http";
import { Transform } from "node:stream";

/**
 * The largest body the worker reads. The SDK's Node adapter reads a body whole, without limit, before it checks the
 * signature. The engine's largest request is an execution call: the run's event (under the engine's 10 MB cap on
 * event bodies) plus every finished step's output. Inngest's own limits, which the app's functions are written for,
 * are 4 MB per step output and 32 MB of run state; 64 MB leaves margin over both.
 */
export const MAX_WORKER_BODY_BYTES = 64 * 1024 * 1024;

export interface GuardOptions {
  maxBodyBytes?: number;
}

/**
 * The SDK's Node `serve()` handler, made safe for any request:
 * - a POST without `X-Inngest-Signature` (every engine call carries one) gets a 401 before its body is read; an
 *   unsigned PUT still passes, as it is how the engine asks the worker to register (which needs the signing key);
 * - a body over `maxBodyBytes` gets a 413: at once when its Content-Length says so, else as soon as the bytes read
 *   pass it, and the connection is closed rather than drained;
 * - on a POST or PUT whose body is not JSON the SDK rejects rather than answers (inngest 4.24.0 parses the body before
 *   checking the signature), and an unhandled rejection would end the process: such a request gets a 400.
 * Refusals show nothing of the server.
 */
export function guardServeHandler(handler: http.RequestListener, { maxBodyBytes = MAX_WORKER_BODY_BYTES }: GuardOptions = {}): http.RequestListener {
  return (request, response) => {
    if (request.method === "POST" && !request.headers["x-inngest-signature"]) {
      return refuse(request, response, 401, "This worker runs only calls signed by its engine (X-Inngest-Signature).");
    }
    const tooLarge = `The request body is over ${maxBodyBytes} bytes, more than the engine ever sends.`;
    if (Number(request.headers["content-length"]) > maxBodyBytes) return refuse(request, response, 413, tooLarge);

    // The SDK reads the bodies it parses (POST, PUT) through a counted copy, which stops where the cap is passed.
    let refused = false;
    const counted =
      request.method === "POST" || request.method === "PUT"
        ? countedBody(request, maxBodyBytes, () => {
            refused = true;
            refuse(request, response, 413, tooLarge);
          })
        : request;

    // Typed as returning nothing, the SDK's listener returns its promise.
    Promise.resolve(handler(counted, response) as unknown).catch(() => {
      if (refused) return;
      if (response.headersSent) return void response.destroy();
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ message: "The request body is not JSON." }));
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
  return Object.assign(body, { headers: request.headers, method: request.method, url: request.url, socket: request.socket }) as unknown as http.IncomingMessage;
}

/** Answers at once and closes the connection, so whatever is left of the body is never read. */
function refuse(request: http.IncomingMessage, response: http.ServerResponse, status: number, message: string): void {
  if (response.headersSent) return void response.destroy();
  request.pause();
  response.writeHead(status, { "content-type": "application/json", connection: "close" }).end(JSON.stringify({ message }));
}
