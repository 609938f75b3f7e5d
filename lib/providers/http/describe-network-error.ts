const REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  EPIPE: "connection closed while sending",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed by the other side",
  UND_ERR_HEADERS_TIMEOUT: "no response headers in time",
  UND_ERR_BODY_TIMEOUT: "the response body stalled",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "its TLS certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate could not be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "its TLS certificate is for another host",
};

/**
 * Why a request failed below HTTP, in words: undici's "fetch failed" hides the reason in `cause` (sometimes an
 * AggregateError of one failure per address tried). "connection refused (ECONNREFUSED)".
 */
export function describeNetworkError(error: unknown): string {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code =
      (e as NodeJS.ErrnoException).code ??
      (e as AggregateError).errors?.map((x: NodeJS.ErrnoException) => x?.code).find(Boolean);
    if (code) return REASONS[code] ? `${REASONS[code]} (${code})` : `${e.message} (${code})`;
    if (e.cause instanceof Error) continue;
    if (e.message === "bad port") return "fetch refuses to connect to that port (bad port)";
    return e.message === "fetch failed" ? "the request failed with no reason given" : e.message;
  }
  return String(error);
}

/** The address named in errors: scheme, host and port only (no path or query, where a key could sit). */
export function addressOf(url: string | URL): string {
  try {
    return new URL(url).origin;
  } catch {
    return "an invalid address";
  }
}
