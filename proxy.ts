import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextProxy, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { hasMalformedEscape } from "@/lib/http/has-malformed-escape";

const { auth } = NextAuth(authConfig);
// Auth.js's `auth` is itself a proxy (it is what this file used to export).
const redirectSignedOut = auth as unknown as NextProxy;

/**
 * Refuses an address Next could not decode (a malformed %-escape would otherwise fail its routing with a 500), then
 * redirects signed-out page requests to /login. The redirect is a convenience only: every page, action and route
 * handler checks the session and role itself (lib/auth/guard.ts). API routes answer 401 on their own.
 */
export default function proxy(req: NextRequest, event: NextFetchEvent) {
  if (hasMalformedEscape(req.nextUrl.pathname)) {
    return NextResponse.json({ error: { code: "invalid_path", message: "The address has a malformed %-escape." } }, { status: 400 });
  }
  const path = req.nextUrl.pathname;
  if (path.startsWith("/api/") || path.startsWith("/login")) return NextResponse.next();
  return redirectSignedOut(req, event);
}

export const config = {
  matcher: ["/((?!_next/|favicon.ico|.*\\.(?:svg|png|ico|css|js)$).*)"],
};
