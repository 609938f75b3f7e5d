import { randomUUID } from "node:crypto";
import { DEFAULT_CALL_TIMEOUTS } from "@/lib/providers/http/call-timeouts";
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { CallOptions } from "@/lib/providers/call-options";
import { ProviderTimeoutError, ProviderUnreachableError } from "@/lib/providers/errors";
import { addressOf, describeNetworkError } from "@/lib/providers/http/describe-network-error";
import { StorageNotFoundError, StorageRangeError } from "./storage-errors";
import type { AudioStorage, StoredObject } from "./types";
import { validateStorageKey } from "./validate-storage-key";

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, R2, B2, …); AWS when absent. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** When absent, the SDK's default chain (environment, instance role, …) supplies credentials. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** How long a request may go without progress (S3_TIMEOUT_SECONDS); default 120 s. */
  timeoutMs?: number;
}

const CONNECT_TIMEOUT_MS = 10_000;

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/** "bytes 0-9/100" → the served range and the object's full size. */
function parseContentRange(header: string | undefined) {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header ?? "");
  return match ? { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) } : null;
}

/** Streams of unknown length are spooled to a temporary file: PutObject needs the length before it sends. */
async function withKnownLength<T>(
  data: Buffer | Readable,
  send: (body: Buffer | Readable, length: number) => Promise<T>,
): Promise<T> {
  if (Buffer.isBuffer(data)) return send(data, data.length);
  const spool = path.join(tmpdir(), `showrunner-upload-${randomUUID()}`);
  try {
    await pipeline(data, createWriteStream(spool));
    return await send(createReadStream(spool), (await stat(spool)).size);
  } finally {
    await rm(spool, { force: true });
  }
}

export function createS3Client(config: S3StorageConfig): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Without these a bucket that accepts the connection and never answers holds the upload forever.
    requestHandler: {
      connectionTimeout: CONNECT_TIMEOUT_MS,
      socketTimeout: config.timeoutMs ?? DEFAULT_CALL_TIMEOUTS.storageMs,
    },
    // The SDK's default CRC32 trailers (aws-chunked uploads) are not understood by every S3-compatible service;
    // SigV4 already covers the payload hash.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/** Audio in an S3 bucket or an S3-compatible service (production). Keys follow the same rules as local storage. */
export function createS3Storage(config: S3StorageConfig, client: S3Client = createS3Client(config)): AudioStorage {
  const Bucket = config.bucket;
  const address = config.endpoint ? addressOf(config.endpoint) : `AWS ${config.region}`;
  const label = `S3 bucket ${Bucket}`;

  /** A request's errors below HTTP, named with the bucket, its address and the cause (S3's own errors pass as they are). */
  async function named<O>(request: Promise<O>, signal?: AbortSignal): Promise<O> {
    try {
      return await request;
    } catch (error) {
      if (signal?.aborted || error instanceof S3ServiceException) throw error;
      if ((error as Error).name === "TimeoutError")
        throw new ProviderTimeoutError(label, address, config.timeoutMs ?? DEFAULT_CALL_TIMEOUTS.storageMs);
      throw new ProviderUnreachableError(label, address, describeNetworkError(error), { cause: error });
    }
  }

  async function statObject(key: string): Promise<StoredObject | null> {
    try {
      const head = await named(client.send(new HeadObjectCommand({ Bucket, Key: validateStorageKey(key) })));
      return {
        key,
        size: head.ContentLength ?? 0,
        contentType: head.ContentType ?? "application/octet-stream",
        lastModified: head.LastModified ?? new Date(0),
      };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  return {
    id: "s3",

    async put(key, data, contentType, { signal }: CallOptions = {}) {
      const Key = validateStorageKey(key);
      const size = await withKnownLength(data, async (Body, ContentLength) => {
        await named(
          client.send(new PutObjectCommand({ Bucket, Key, Body, ContentLength, ContentType: contentType }), {
            abortSignal: signal,
          }),
          signal,
        );
        return ContentLength;
      });
      return { key, size };
    },

    async get(key, range, { signal }: CallOptions = {}) {
      const Key = validateStorageKey(key);
      if (range && (range.start < 0 || range.end < range.start))
        throw new StorageRangeError(key, (await statObject(key))?.size ?? 0);
      try {
        const object = await named(
          client.send(
            new GetObjectCommand({ Bucket, Key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
            { abortSignal: signal },
          ),
          signal,
        );
        const served = parseContentRange(object.ContentRange);
        return {
          body: object.Body as Readable,
          size: served?.size ?? object.ContentLength ?? 0,
          contentType: object.ContentType ?? "application/octet-stream",
          ...(range && served ? { range: { start: served.start, end: served.end } } : {}),
        };
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) throw new StorageNotFoundError(key);
        if (status === 416) throw new StorageRangeError(key, (await statObject(key))?.size ?? 0);
        throw error;
      }
    },

    stat: statObject,

    async delete(key) {
      await named(client.send(new DeleteObjectCommand({ Bucket, Key: validateStorageKey(key) })));
    },

    async health() {
      try {
        await named(client.send(new HeadBucketCommand({ Bucket })));
        return {
          ok: true,
          detail: `Storing audio in bucket ${Bucket}${config.endpoint ? ` at ${config.endpoint}` : ""}`,
        };
      } catch (error) {
        const status = statusOf(error);
        return {
          ok: false,
          detail: status
            ? `${label} at ${address} answered HTTP ${status} (${(error as Error).name})`
            : (error as Error).message,
        };
      }
    },
  };
}
