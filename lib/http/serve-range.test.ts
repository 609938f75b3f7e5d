import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  entityTag,
  ifNoneMatchMatches,
  ifRangeMatches,
  notModifiedResponseInit,
  parseRange,
  rangeResponseInit,
  toWebStream,
  unsatisfiableResponseInit,
} from "./serve-range";

describe("parseRange", () => {
  const size = 1000;

  it("serves the whole file without a Range header", () => {
    expect(parseRange(null, size)).toEqual({ kind: "full" });
    expect(parseRange(undefined, size)).toEqual({ kind: "full" });
    expect(parseRange("", size)).toEqual({ kind: "full" });
  });

  it("reads a closed range, clamping its end to the last byte", () => {
    expect(parseRange("bytes=0-99", size)).toEqual({ kind: "partial", range: { start: 0, end: 99 } });
    expect(parseRange("bytes=500-500", size)).toEqual({ kind: "partial", range: { start: 500, end: 500 } });
    expect(parseRange("bytes=900-5000", size)).toEqual({ kind: "partial", range: { start: 900, end: 999 } });
    expect(parseRange(" Bytes = 10-19 ", size)).toEqual({ kind: "partial", range: { start: 10, end: 19 } });
  });

  it("reads an open range to the end", () => {
    expect(parseRange("bytes=0-", size)).toEqual({ kind: "partial", range: { start: 0, end: 999 } });
    expect(parseRange("bytes=999-", size)).toEqual({ kind: "partial", range: { start: 999, end: 999 } });
  });

  it("reads a suffix range as the last n bytes, or all of them", () => {
    expect(parseRange("bytes=-100", size)).toEqual({ kind: "partial", range: { start: 900, end: 999 } });
    expect(parseRange("bytes=-5000", size)).toEqual({ kind: "partial", range: { start: 0, end: 999 } });
  });

  it("reports a range past the end, or an empty suffix, as unsatisfiable", () => {
    expect(parseRange("bytes=1000-", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=1000-2000", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-10", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("ignores what it cannot or will not honour: other units, malformed, reversed and multiple ranges", () => {
    for (const header of [
      "items=0-1",
      "bytes=",
      "bytes=-",
      "bytes=a-b",
      "bytes=1-2-3",
      "bytes=-1-",
      "bytes=50-10",
      "bytes=0-1,5-6",
      "bytes=99999999999999999999-",
    ])
      expect(parseRange(header, size), header).toEqual({ kind: "full" });
  });
});

describe("validators", () => {
  const etag = entityTag("clx123abc", 4096);

  it("makes a strong ETag from the asset and its size, without characters that would break the quoting", () => {
    expect(etag).toBe('"clx123abc-4096"');
    expect(entityTag('a"b c', 1)).toBe('"abc-1"');
  });

  it("honours a Range only while If-Range names the current ETag", () => {
    expect(ifRangeMatches(null, etag)).toBe(true);
    expect(ifRangeMatches(etag, etag)).toBe(true);
    expect(ifRangeMatches('"other-1"', etag)).toBe(false);
    expect(ifRangeMatches(`W/${etag}`, etag)).toBe(false);
    expect(ifRangeMatches("Wed, 21 Oct 2015 07:28:00 GMT", etag)).toBe(false);
  });

  it("matches If-None-Match weakly, in a list, or as *", () => {
    expect(ifNoneMatchMatches(null, etag)).toBe(false);
    expect(ifNoneMatchMatches(etag, etag)).toBe(true);
    expect(ifNoneMatchMatches(`"x", W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchMatches("*", etag)).toBe(true);
    expect(ifNoneMatchMatches('"x"', etag)).toBe(false);
  });
});

describe("response status and headers", () => {
  const rep = { size: 1000, contentType: "audio/mpeg", etag: '"a-1000"' };

  it("answers the whole file with 200, its length and Accept-Ranges, privately", () => {
    expect(rangeResponseInit(rep)).toEqual({
      status: 200,
      headers: {
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, no-cache",
        ETag: '"a-1000"',
        Vary: "Cookie",
        "Content-Type": "audio/mpeg",
        "Content-Length": "1000",
        // Next drops Content-Length; the web server restores it from this one (exact-length.ts).
        "x-exact-content-length": "1000",
      },
    });
  });

  it("answers a range with 206, Content-Range and the range's length", () => {
    const init = rangeResponseInit(rep, { start: 100, end: 199 });
    expect(init.status).toBe(206);
    expect(init.headers).toMatchObject({
      "Content-Range": "bytes 100-199/1000",
      "Content-Length": "100",
      "Content-Type": "audio/mpeg",
      "Accept-Ranges": "bytes",
    });
  });

  it("answers an unsatisfiable range with 416 and bytes */size", () => {
    const init = unsatisfiableResponseInit(rep);
    expect(init.status).toBe(416);
    expect(init.headers).toMatchObject({
      "Content-Range": "bytes */1000",
      "Content-Length": "0",
      "Accept-Ranges": "bytes",
    });
  });

  it("answers a fresh copy with 304 and the ETag, without a body's headers", () => {
    const init = notModifiedResponseInit(rep);
    expect(init.status).toBe(304);
    expect(init.headers.ETag).toBe('"a-1000"');
    expect(init.headers["Content-Length"]).toBeUndefined();
  });
});

describe("toWebStream", () => {
  it("streams a Node readable's bytes through a web stream", async () => {
    const web = toWebStream(Readable.from([Buffer.from("hello "), Buffer.from("world")]));
    expect(await new Response(web).text()).toBe("hello world");
  });

  it("destroys the file stream when the response is cancelled", async () => {
    const body = new Readable({ read() {} });
    body.push(Buffer.from("partial"));
    const web = toWebStream(body);
    await web.cancel();
    expect(body.destroyed).toBe(true);
  });
});
