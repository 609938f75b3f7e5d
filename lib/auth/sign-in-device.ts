import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";

/**
 * A browser that has signed in to an account before gets a cookie naming it, bound to that email by an HMAC: its
 * failed sign-ins are counted apart from everyone else's, so strangers' failures (which no address can tell apart
 * when the studio has no trusted proxy) never lock the owner out of a browser they already use. OWASP calls these
 * device cookies.
 */
export const DEVICE_COOKIE = "showrunner-device";
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

// A key of its own, derived from AUTH_SECRET, so these MACs are never made with the key that signs sessions.
const deviceKey = (secret: string) => createHmac("sha256", secret).update("showrunner sign-in-device").digest();
const mac = (secret: string, email: string, nonce: string) =>
  createHmac("sha256", deviceKey(secret)).update(`${email}|${nonce}`).digest("base64url");

export function issueDeviceToken(secret: string, email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${mac(secret, email, nonce)}`;
}

/** The device's id when `token` was issued for `email` with this secret; null for anything else. */
export function verifiedDevice(secret: string, email: string, token: string | null | undefined): string | null {
  const [nonce, given, extra] = (token ?? "").split(".");
  if (!nonce || !given || extra !== undefined || !/^[\w-]{22}$/.test(nonce)) return null;
  const expected = Buffer.from(mac(secret, email, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? nonce : null;
}

/** The device cookie a sign-in request carries, if any (Auth.js hands `authorize` the request, not Next's cookies). */
export function deviceTokenOf(request: Request): string | null {
  const cookie = request.headers.get("cookie") ?? "";
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${DEVICE_COOKIE}=([^;]*)`));
  return match?.[1] ?? null;
}

/** After a correct password: this browser is now known for this email (set on the sign-in response). */
export async function rememberDevice(secret: string, email: string, request: Request): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(secret, email), {
    httpOnly: true,
    sameSite: "lax",
    // Behind a proxy that ends TLS the request reaches us as http; AUTH_URL names the address people use.
    secure: new URL(request.url).protocol === "https:" || Boolean(process.env.AUTH_URL?.startsWith("https:")),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}
