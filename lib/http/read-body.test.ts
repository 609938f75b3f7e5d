import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { PayloadTooLargeError, readBodyBytes, readJsonBody, withBoundedBody } from "./read-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://studio.test/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body streamed in chunks with no declared length, counting how much of it the reader pulled. */
function chunked(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readBodyBytes", () => {
  it("reads a body within the limit", async () => {
    expect(new TextDecoder().decode(await readBodyBytes(post("hello"), 5))).toBe("hello");
  });

  it("refuses a declared length over the limit without reading, with 413 and the limit in the message", async () => {
    const error = await readBodyBytes(post("x", { "content-length": "3000000" }), 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error).toMatchObject({
      status: 413,
      code: "payload_too_large",
      message: "The request body is larger than 1 KB, the most this address accepts.",
    });
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const body = chunked(1000, 64 * 1024); // 64 MB if read whole
    await expect(readBodyBytes(post(body.stream), 1024 * 1024)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(body.pulled()).toBeLessThan(20);
  });
});

describe("readJsonBody", () => {
  it("parses JSON", async () => {
    expect(await readJsonBody(post('{"a":[1,2]}'), 100)).toEqual({ a: [1, 2] });
  });

  it("answers malformed JSON and malformed UTF-8 with 400", async () => {
    for (const body of ["{", "", new Uint8Array([0x7b, 0xff, 0x7d])])
      await expect(readJsonBody(post(body), 100)).rejects.toMatchObject({ status: 400, code: "invalid_json" });
  });

  it("refuses JSON nested too deeply or holding too many values before parsing it, with 400 and why", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    await expect(readJsonBody(post(deep), 4 * 1024 * 1024)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("at most 64 levels"),
    });
    const many = `[${"{},".repeat(200_000)}{}]`;
    await expect(readJsonBody(post(many), 4 * 1024 * 1024)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("100,000 values"),
    });
  });

  it("reads an empty body as undefined only when the body is optional", async () => {
    expect(await readJsonBody(post(""), 100, undefined, true)).toBeUndefined();
    expect(await readJsonBody(post('{"a":1}'), 100, undefined, true)).toEqual({ a: 1 });
  });
});

describe("withBoundedBody", () => {
  it("gives a handler the same request with its body read within the limit", async () => {
    const form = new FormData();
    form.set("file", new File(["text"], "a.txt"));
    const req = await withBoundedBody(new NextRequest(post(form)), 10_000);
    expect(await ((await req.formData()).get("file") as File).text()).toBe("text");
    await expect(withBoundedBody(new NextRequest(post(form)), 10)).rejects.toMatchObject({ status: 413 });
  });
});
