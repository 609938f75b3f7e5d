import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextProxy, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { checkActionRequest } from "@/lib/http/check-action-request";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { hasMalformedEscape } from "@/lib/http/has-malformed-escape";

const { auth } = NextAuth(authConfig);

/** To the sign-in page, which comes back to this path (a path only: lib/http/safe-callback-path.ts checks it there). */
function redirectToSignIn(nextUrl: NextRequest["nextUrl"]): NextResponse {
  const login = nextUrl.clone();
  login.pathname = "/login";
  login.search = "";
  login.searchParams.set("callbackUrl", `${nextUrl.pathname}${nextUrl.search}`);
  return NextResponse.redirect(login);
}

/**
 * On to the page with a fresh CSP nonce: the policy goes on the response, and on the request too, where Next reads the
 * nonce to put on its own scripts. (Other responses get next.config.mjs's policy, which this one replaces.)
 */
function withPagePolicy(req: NextRequest): NextResponse {
  const policy = pageContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", policy);
  return res;
}

/** Signed-out page requests go to /login; the redirect is a convenience only, every page checks the session itself. */
// (Auth.js types the wrapped callback as a route handler; as a proxy it takes the proxy's arguments.)
const pageProxy = auth((req) =>
  req.auth?.user || req.nextUrl.pathname === "/login" ? withPagePolicy(req) : redirectToSignIn(req.nextUrl),
) as unknown as NextProxy;

/**
 * Refuses an address Next could not decode (a malformed %-escape would otherwise fail its routing with a 500), and a
 * server action call with no session cookie (before its body is read), too large, or not decodable (Next answers the
 * last two with a 500, after decoding a body whole), then sends pages on with their CSP (signed-out ones to /login).
 * Every page, action and route handler checks the session and role itself (lib/auth/guard.ts). API routes answer 401
 * on their own.
 */
export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  if (hasMalformedEscape(req.nextUrl.pathname)) {
    return NextResponse.json(
      { error: { code: "invalid_path", message: "The address has a malformed %-escape." } },
      { status: 400 },
    );
  }
  if (req.method === "POST" && req.headers.has("next-action")) {
    const refused = await checkActionRequest(req);
    if (refused) return refused;
  }
  if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  return pageProxy(req, event);
}

export const config = {
  // Next reads (and buffers) the body of every request its proxy sees, so API requests come here only when their
  // path has a %-escape to check; route handlers read their bodies themselves, within their limits.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:svg|png|ico|css|js)$).*)", "/api/:rest(.*%.*)"],
};
