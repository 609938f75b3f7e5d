import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { formatBytes } from "@/lib/domain/source-limits";
import { SourceError } from "./source-error";

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}

/**
 * Reads a response body, stopping as soon as it passes `maxBytes` of decoded data: the limit is enforced on what
 * arrives (a missing or lying Content-Length changes nothing, and a compression bomb stops at the limit).
 */
export async function readLimitedBody(response: IncomingMessage, maxBytes: number, name: string): Promise<Buffer> {
  const tooLarge = () =>
    new SourceError(
      `${name} is larger than ${formatBytes(maxBytes)}; Showrunner only reads smaller pages.`,
      "too_large",
    );
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    response.destroy();
    if (error instanceof SourceError) throw error;
    if (response.errored?.name === "AbortError" || (error as Error).name === "AbortError") throw error;
    throw new SourceError(`${name} could not be read: the connection failed or the data was damaged.`, "unreachable");
  } finally {
    if (stream !== response) stream.destroy();
  }
  return Buffer.concat(chunks);
}
