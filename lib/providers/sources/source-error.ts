import { DomainError } from "@/lib/domain/errors";

export type SourceErrorCode =
  | "unsupported_type"
  | "wrong_type"
  | "too_large"
  | "too_much_text"
  | "no_text"
  | "unreadable"
  | "fetch_disabled"
  | "invalid_url"
  | "blocked_address"
  | "too_many_redirects"
  | "timeout"
  | "http_error"
  | "unreachable";

/** A source that cannot be taken, with a message the producer can act on (shown as-is in the UI). */
export class SourceError extends DomainError {
  constructor(
    message: string,
    readonly reason: SourceErrorCode,
  ) {
    super(message, 422, `source_${reason}`);
  }
}
