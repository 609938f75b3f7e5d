import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  bodySha256: string;
}

interface Stored {
  body: Buffer;
  contentType: string;
  lastModified: Date;
}

const xmlError = (res: http.ServerResponse, status: number, code: string, message: string) =>
  res
    .writeHead(status, { "content-type": "application/xml" })
    .end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);

/**
 * Test support: just enough of the S3 REST API, path-style (PutObject, GetObject with Range, HeadObject,
 * DeleteObject, HeadBucket), recording every request so tests can check how the SDK signed it.
 */
export async function startFakeS3(bucket: string) {
  const objects = new Map<string, Stored>();
  const seen: SeenRequest[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? "/", "http://s3.test");
      seen.push({
        method: req.method!,
        path: url.pathname,
        headers: req.headers,
        bodySha256: createHash("sha256").update(body).digest("hex"),
      });

      const [, name, ...rest] = url.pathname.split("/");
      if (name !== bucket) return xmlError(res, 404, "NoSuchBucket", "The specified bucket does not exist");
      const key = rest.map(decodeURIComponent).join("/");
      if (!key)
        return req.method === "HEAD"
          ? res.writeHead(200).end()
          : xmlError(res, 501, "NotImplemented", "bucket operation");

      const stored = objects.get(key);
      const headers = (o: Stored) => ({
        "content-type": o.contentType,
        "last-modified": o.lastModified.toUTCString(),
        etag: '"etag"',
        "accept-ranges": "bytes",
      });
      switch (req.method) {
        case "PUT":
          objects.set(key, {
            body,
            contentType: req.headers["content-type"] ?? "binary/octet-stream",
            lastModified: new Date(),
          });
          return res.writeHead(200, { etag: '"etag"' }).end();
        case "DELETE":
          objects.delete(key);
          return res.writeHead(204).end();
        case "HEAD":
          if (!stored) return res.writeHead(404).end();
          return res.writeHead(200, { ...headers(stored), "content-length": stored.body.length }).end();
        case "GET": {
          if (!stored) return xmlError(res, 404, "NoSuchKey", "The specified key does not exist.");
          const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "");
          if (!range)
            return res.writeHead(200, { ...headers(stored), "content-length": stored.body.length }).end(stored.body);
          const start = Number(range[1]);
          const end = Math.min(Number(range[2]), stored.body.length - 1);
          if (start >= stored.body.length)
            return xmlError(res, 416, "InvalidRange", "The requested range is not satisfiable");
          const part = stored.body.subarray(start, end + 1);
          return res
            .writeHead(206, {
              ...headers(stored),
              "content-length": part.length,
              "content-range": `bytes ${start}-${end}/${stored.body.length}`,
            })
            .end(part);
        }
        default:
          return xmlError(res, 405, "MethodNotAllowed", "method not allowed");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
