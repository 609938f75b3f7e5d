import { describe, expect, it } from "vitest";
import { serveBytes } from "./serve-bytes";

const file = {
  bytes: Buffer.from("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\n<v Maya>Hi.\n"),
  contentType: "text/vtt",
};
const req = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("http://localhost/x", { method, headers });

describe("serveBytes", () => {
  it("answers the whole file with a strong ETag, and 304 to a client holding it", async () => {
    const res = serveBytes(req(), { ...file, disposition: 'attachment; filename="a.vtt"' });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(file.bytes)).toBe(true);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="a.vtt"');
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(serveBytes(req({ "if-none-match": etag }), file).status).toBe(304);
    const other = serveBytes(req(), { ...file, bytes: Buffer.from("WEBVTT\n") });
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("answers a Range with 206 and those bytes, one past the end with 416, and HEAD without a body", async () => {
    const part = serveBytes(req({ range: "bytes=0-5" }), file);
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-5/${file.bytes.length}`);
    expect(await part.text()).toBe("WEBVTT");
    expect(serveBytes(req({ range: `bytes=${file.bytes.length}-` }), file).status).toBe(416);
    const head = serveBytes(req({}, "HEAD"), file);
    expect(head.headers.get("content-length")).toBe(String(file.bytes.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });
});
