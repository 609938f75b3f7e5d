import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/domain/roles";
import { safeRedirectUrl } from "@/lib/http/safe-callback-path";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null; signedInAt?: number };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** When this session signed in (ms): a password reset or a disable refuses sessions from before it. */
    signedInAt?: number;
  }
}

/**
 * The part of the Auth.js config that needs no database, shared by the proxy and the full config.
 * The role in the token is only a hint for the UI: server code re-reads the user (lib/auth/guard.ts).
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.signedInAt = token.signedInAt;
      }
      return session;
    },
    // Same-origin paths only, by the sign-in page's rule (Auth.js's default lets `/.//evil.example` through).
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
} satisfies NextAuthConfig;
