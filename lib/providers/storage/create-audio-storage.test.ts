import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { createAudioStorage } from "./create-audio-storage";
import { startFakeS3 } from "./fake-s3-server";

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(() => Promise.all(cleanup.map((c) => c())));

describe("createAudioStorage", () => {
  it("defaults to a local folder, STORAGE_DIR when set", async () => {
    expect(createAudioStorage({}).id).toBe("local");
    const dir = await mkdtemp(path.join(tmpdir(), "showrunner-factory-"));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const storage = createAudioStorage({ STORAGE_PROVIDER: "local", STORAGE_DIR: dir });
    expect((await storage.health()).detail).toBe(`Storing audio in ${dir}`);
  });

  it("keeps local audio inside the data folder unless STORAGE_DIR says otherwise", async () => {
    const data = await mkdtemp(path.join(tmpdir(), "showrunner-data-"));
    cleanup.push(() => rm(data, { recursive: true, force: true }));
    const storage = createAudioStorage({ SHOWRUNNER_DATA_DIR: data });
    expect((await storage.health()).detail).toBe(`Storing audio in ${path.join(data, "storage")}`);
    await storage.put("episodes/e1/master.mp3", Buffer.from("mp3"), "audio/mpeg");
    expect(await readFile(path.join(data, "storage", "episodes/e1/master.mp3"), "utf8")).toBe("mp3");
    const elsewhere = path.join(data, "elsewhere");
    expect((await createAudioStorage({ SHOWRUNNER_DATA_DIR: data, STORAGE_DIR: elsewhere }).health()).detail).toBe(
      `Storing audio in ${elsewhere}`,
    );
  });

  it("builds an S3 adapter from the S3_* variables", async () => {
    const s3 = await startFakeS3("bucket");
    cleanup.push(() => s3.close());
    const storage = createAudioStorage({
      STORAGE_PROVIDER: "s3",
      S3_BUCKET: "bucket",
      S3_REGION: "auto",
      S3_ENDPOINT: s3.endpoint,
      S3_FORCE_PATH_STYLE: "1",
      S3_ACCESS_KEY_ID: "AKIDFACTORY",
      S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(storage.id).toBe("s3");
    await storage.put("a.txt", Buffer.from("hello"), "text/plain");
    expect(await text((await storage.get("a.txt")).body)).toBe("hello");
    expect(String(s3.seen[0]!.headers.authorization)).toContain("Credential=AKIDFACTORY/");
    expect(String(s3.seen[0]!.headers.authorization)).toContain("/auto/s3/aws4_request");
  });

  it("names the missing variable", () => {
    expect(() => createAudioStorage({ STORAGE_PROVIDER: "s3" })).toThrow(
      "STORAGE_PROVIDER=s3 needs S3_BUCKET (the bucket to store audio in). Set it, or set STORAGE_PROVIDER=local to keep audio on this machine.",
    );
    expect(() => createAudioStorage({ STORAGE_PROVIDER: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k" })).toThrow(
      /needs S3_SECRET_ACCESS_KEY/,
    );
    expect(() => createAudioStorage({ STORAGE_PROVIDER: "s3", S3_BUCKET: "b", S3_SECRET_ACCESS_KEY: "s" })).toThrow(
      /needs S3_ACCESS_KEY_ID/,
    );
  });

  it("names the variable whose value is not understood", () => {
    expect(() => createAudioStorage({ STORAGE_PROVIDER: "gcs" })).toThrow(/^Invalid STORAGE_PROVIDER/);
    expect(() => createAudioStorage({ STORAGE_PROVIDER: "s3", S3_BUCKET: "b", S3_ENDPOINT: "minio:9000" })).toThrow(
      /^Invalid S3_ENDPOINT/,
    );
    expect(() => createAudioStorage({ STORAGE_PROVIDER: "s3", S3_BUCKET: "b", S3_FORCE_PATH_STYLE: "yes" })).toThrow(
      /^Invalid S3_FORCE_PATH_STYLE/,
    );
  });
});
