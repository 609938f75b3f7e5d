import { DomainError, NotFoundError } from "@/lib/domain/errors";

export class StorageNotFoundError extends NotFoundError {
  constructor(readonly key: string) {
    super(`The audio file "${key}"`);
  }
}

export class InvalidStorageKeyError extends DomainError {
  constructor(key: string, why: string) {
    super(`"${key.slice(0, 200)}" is not a valid storage key: ${why}.`, 400, "invalid_storage_key");
  }
}

/** A range that starts at or past the end of the object: HTTP 416, with the size for the Content-Range header. */
export class StorageRangeError extends Error {
  constructor(
    readonly key: string,
    readonly size: number,
  ) {
    super(`The requested range is outside "${key}" (${size} bytes).`);
    this.name = "StorageRangeError";
  }
}
