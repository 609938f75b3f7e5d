import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";

const { auth } = NextAuth(authConfig);

// Redirects signed-out page requests to /login. A convenience only: every page, action and route handler
// checks the session and role itself (lib/auth/guard.ts). API routes answer 401 on their own.
export default auth;

export const config = {
  matcher: ["/((?!api/|_next/|login|favicon.ico|.*\\.(?:svg|png|ico|css|js)$).*)"],
};
