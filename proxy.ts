import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextProxy, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { checkActionRequest } from "@/lib/http/check-action-request";
import { hasMalformedEscape } from "@/lib/http/has-malformed-escape";

const { auth } = NextAuth(authConfig);
// Auth.js's `auth` is itself a proxy (it is what this file used to export).
const redirectSignedOut = auth as unknown as NextProxy;

/**
 * Refuses an address Next could not decode (a malformed %-escape would otherwise fail its routing with a 500), and a
 * server action call with no session cookie (before its body is read), too large, or not decodable (Next answers the
 * last two with a 500, after decoding a body whole), then redirects signed-out page requests to /login. The redirect
 * is a convenience only: every page, action and route handler checks the session and role itself
 * (lib/auth/guard.ts). API routes answer 401 on their own.
 */
export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  if (hasMalformedEscape(req.nextUrl.pathname)) {
    return NextResponse.json({ error: { code: "invalid_path", message: "The address has a malformed %-escape." } }, { status: 400 });
  }
  if (req.method === "POST" && req.headers.has("next-action")) {
    const refused = await checkActionRequest(req);
    if (refused) return refused;
  }
  if (req.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  return redirectSignedOut(req, event);
}

export const config = {
  // Next reads (and buffers) the body of every request its proxy sees, so API requests come here only when their
  // path has a %-escape to check; route handlers read their bodies themselves, within their limits.
  matcher: ["/((?!api/|_next/|login|favicon.ico|.*\\.(?:svg|png|ico|css|js)$).*)", "/api/:rest(.*%.*)"],
};
