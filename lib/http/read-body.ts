import { NextRequest } from "next/server";
import { DomainError } from "@/lib/domain/errors";
import { jsonShapeProblem } from "@/lib/http/json-shape";
import { formatBytes } from "@/lib/domain/source-limits";

/** What a route handler reads of a request body unless it says otherwise: far more than any form sends. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

export class PayloadTooLargeError extends DomainError {
  constructor(
    limit: number,
    message = `The request body is larger than ${formatBytes(limit)}, the most this address accepts.`,
  ) {
    super(message, 413, "payload_too_large");
  }
}

/** Refuses a request whose declared length is over `limit` before a byte of it is read. */
export function refuseDeclaredOversize(req: Request, limit: number, message?: string): void {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) throw new PayloadTooLargeError(limit, message);
}

/**
 * The body's bytes, read as they arrive and abandoned as soon as they pass `limit` (a chunked body declares no
 * length), so an oversized request never sits whole in the server's memory.
 */
export async function readBodyBytes(req: Request, limit: number, message?: string): Promise<Uint8Array> {
  refuseDeclaredOversize(req, limit, message);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError(limit, message);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const invalidJson = () => new DomainError("The request body is not valid JSON.", 400, "invalid_json");

/**
 * The body as JSON, read within `limit`; malformed JSON or UTF-8 is the client's mistake (400), never ours. JSON
 * nesting deeper or holding more values than any form sends is refused before parsing (lib/http/json-shape.ts), so
 * a body within the limit costs the heap little more than its size. With `optional`, an empty body is undefined.
 */
export async function readJsonBody(req: Request, limit: number, message?: string, optional = false): Promise<unknown> {
  const bytes = await readBodyBytes(req, limit, message);
  if (optional && bytes.byteLength === 0) return undefined;
  const problem = jsonShapeProblem(bytes);
  if (problem)
    throw new DomainError(`The request body is not JSON this address accepts: ${problem}`, 400, "invalid_json");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidJson();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalidJson();
  }
}

/** The same request with its body read within `limit`, for handlers that parse it themselves (forms, Auth.js). */
export async function withBoundedBody(req: NextRequest, limit: number, message?: string): Promise<NextRequest> {
  refuseDeclaredOversize(req, limit, message);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const body = hasBody ? await readBodyBytes(req, limit, message) : undefined;
  return new NextRequest(req.url, { method: req.method, headers: req.headers, body: body as BodyInit | undefined });
}
