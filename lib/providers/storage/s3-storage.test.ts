import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeS3 } from "./fake-s3-server";
import { createS3Storage } from "./s3-storage";
import { InvalidStorageKeyError, StorageNotFoundError, StorageRangeError } from "./storage-errors";
import type { AudioStorage } from "./types";

let s3: Awaited<ReturnType<typeof startFakeS3>>;
let storage: AudioStorage;

beforeAll(async () => {
  s3 = await startFakeS3("podcast-audio");
  storage = createS3Storage({
    bucket: "podcast-audio",
    region: "eu-west-2",
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: "AKIDTESTKEY", secretAccessKey: "test-secret" },
  });
});
afterAll(() => s3?.close());

const audio = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=AKIDTESTKEY\/(\d{8})\/eu-west-2\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

describe("S3 storage", () => {
  it("puts, stats and gets an object, every request SigV4-signed for the bucket's region", async () => {
    s3.seen.length = 0;
    expect(await storage.put("episodes/ep1/master.mp3", audio, "audio/mpeg")).toEqual({
      key: "episodes/ep1/master.mp3",
      size: 4096,
    });
    expect(await storage.stat("episodes/ep1/master.mp3")).toMatchObject({ size: 4096, contentType: "audio/mpeg" });
    const object = await storage.get("episodes/ep1/master.mp3");
    expect(object).toMatchObject({ size: 4096, contentType: "audio/mpeg" });
    expect((await buffer(object.body)).equals(audio)).toBe(true);

    expect(s3.seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PUT /podcast-audio/episodes/ep1/master.mp3",
      "HEAD /podcast-audio/episodes/ep1/master.mp3",
      "GET /podcast-audio/episodes/ep1/master.mp3",
    ]);
    for (const request of s3.seen) {
      const match = SIGV4.exec(String(request.headers.authorization));
      expect(match, String(request.headers.authorization)).not.toBeNull();
      expect(String(request.headers["x-amz-date"]).slice(0, 8)).toBe(match![1]);
      expect(match![2]!.split(";")).toEqual(expect.arrayContaining(["host", "x-amz-content-sha256", "x-amz-date"]));
    }
    // The signed payload hash is the hash of the bytes that arrived.
    const put = s3.seen[0]!;
    expect(put.headers["x-amz-content-sha256"]).toBe(sha256(audio));
    expect(put.bodySha256).toBe(sha256(audio));
    expect(put.headers["content-type"]).toBe("audio/mpeg");
  });

  it("serves byte ranges with the full size", async () => {
    s3.seen.length = 0;
    const part = await storage.get("episodes/ep1/master.mp3", { start: 100, end: 1099 });
    expect(s3.seen[0]!.headers.range).toBe("bytes=100-1099");
    expect(part).toMatchObject({ size: 4096, contentType: "audio/mpeg", range: { start: 100, end: 1099 } });
    expect((await buffer(part.body)).equals(audio.subarray(100, 1100))).toBe(true);

    const tail = await storage.get("episodes/ep1/master.mp3", { start: 4000, end: 9999 });
    expect(tail.range).toEqual({ start: 4000, end: 4095 });
    expect((await buffer(tail.body)).length).toBe(96);

    const error = await storage.get("episodes/ep1/master.mp3", { start: 5000, end: 6000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageRangeError);
    expect((error as StorageRangeError).size).toBe(4096);
  });

  it("uploads a stream of unknown length", async () => {
    const chunks = [audio.subarray(0, 1000), audio.subarray(1000)];
    expect(await storage.put("stream.wav", Readable.from(chunks), "audio/wav")).toEqual({
      key: "stream.wav",
      size: 4096,
    });
    expect(s3.objects.get("stream.wav")?.body.equals(audio)).toBe(true);
    expect(s3.objects.get("stream.wav")?.contentType).toBe("audio/wav");
  });

  it("maps missing objects and deletes", async () => {
    await expect(storage.get("missing.mp3")).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await storage.stat("missing.mp3")).toBeNull();
    await storage.delete("stream.wav");
    expect(s3.objects.has("stream.wav")).toBe(false);
    expect(s3.seen.at(-1)).toMatchObject({ method: "DELETE", path: "/podcast-audio/stream.wav" });
  });

  it("applies the same key rules as local storage, before any request", async () => {
    const before = s3.seen.length;
    await expect(storage.put("../escape.mp3", audio, "audio/mpeg")).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.get("/abs")).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(s3.seen.length).toBe(before);
  });

  it("checks health with HeadBucket", async () => {
    expect(await storage.health()).toEqual({
      ok: true,
      detail: `Storing audio in bucket podcast-audio at ${s3.endpoint}`,
    });
    const wrong = createS3Storage({
      bucket: "other",
      region: "eu-west-2",
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "a", secretAccessKey: "b" },
    });
    expect((await wrong.health()).ok).toBe(false);
  });
});
