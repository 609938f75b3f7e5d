import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The keys of an Inngest server as the SDK (4.24.0) checks them, so the offline engine is a control plane the app can
 * trust in the same way: requests to the app carry `X-Inngest-Signature: t=<unix seconds>&s=<hex>`, the HMAC-SHA256,
 * keyed by the signing key without its `signkey-<env>-` prefix (as text), of the canonical JSON (RFC 8785) of the body
 * followed by the timestamp (helpers/net.ts signDataWithKey); the SDK's `fn/register` call carries
 * `Authorization: Bearer signkey-<env>-<sha256 of the hex-decoded key>` (helpers/strings.ts hashSigningKey).
 */
const SIGNING_KEY = /^signkey-(\w+)-([0-9a-f]{64})$/;
const EVENT_KEY = /^[A-Za-z0-9_-]{16,200}$/;

export function newSigningKey(): string {
  return `signkey-local-${randomBytes(32).toString("hex")}`;
}

export function newEventKey(): string {
  return randomBytes(32).toString("base64url");
}

/** A reason the key cannot be used, or undefined when it can. */
export function signingKeyProblem(key: string): string | undefined {
  return SIGNING_KEY.test(key) ? undefined : "a signing key has the form signkey-<env>-<64 hex digits>";
}

export function eventKeyProblem(key: string): string | undefined {
  return EVENT_KEY.test(key) ? undefined : "an event key is 16 to 200 letters, digits, '-' or '_'";
}

/** The bearer token the SDK sends with its register call. */
export function hashSigningKey(signingKey: string): string {
  const [, env, hex] = SIGNING_KEY.exec(signingKey) ?? [];
  if (!hex) throw new Error(signingKeyProblem(signingKey));
  return `signkey-${env}-${createHash("sha256").update(Buffer.from(hex, "hex")).digest("hex")}`;
}

/** The `X-Inngest-Signature` value of a request whose JSON body is `payload`. */
export function signatureHeader(payload: string, signingKey: string, now = Date.now()): string {
  const timestamp = String(Math.floor(now / 1000));
  const key = signingKey.replace(/^signkey-\w+-/, "");
  const body = payload === "" ? "" : canonicalJson(JSON.parse(payload));
  return `t=${timestamp}&s=${createHmac("sha256", key)
    .update(body + timestamp)
    .digest("hex")}`;
}

/** Constant-time comparison of two secrets (their lengths may differ). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** RFC 8785 for parsed JSON: keys sorted by UTF-16 code units, values as JSON.stringify writes them. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
