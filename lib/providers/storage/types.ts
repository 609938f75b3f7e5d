import type { Readable } from "node:stream";
import type { CallOptions } from "@/lib/providers/call-options";
import type { ProviderHealth } from "@/lib/providers/errors";
import type { ByteRange } from "@/lib/domain/byte-range";

export interface StoredObject {
  key: string;
  /** Size of the whole object in bytes. */
  size: number;
  contentType: string;
  lastModified: Date;
}

export interface ObjectBody {
  body: Readable;
  /** Size of the whole object, whatever range was asked for (for Content-Range). */
  size: number;
  contentType: string;
  /** The bytes `body` holds; present when a range was asked for. */
  range?: ByteRange;
}

export interface AudioStorage {
  /** "local" or "s3". */
  id: string;
  put(
    key: string,
    data: Buffer | Readable,
    contentType: string,
    options?: CallOptions,
  ): Promise<{ key: string; size: number }>;
  /** Throws StorageNotFoundError for a missing key and StorageRangeError for a range that starts past the end. */
  get(key: string, range?: ByteRange, options?: CallOptions): Promise<ObjectBody>;
  /** null when there is no such object. */
  stat(key: string): Promise<StoredObject | null>;
  /** Deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  health(): Promise<ProviderHealth>;
}
