import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { deviceTokenOf, rememberDevice } from "@/lib/auth/sign-in-device";
import { db } from "@/lib/db";
import { authConfig } from "@/lib/auth/auth.config";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createSignInLimiter, type SignInLimiter } from "@/lib/auth/sign-in-limiter";

let limiter: SignInLimiter | undefined;

function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome (counted by the limiter), not a server error worth a stack trace.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const user = await authorizeCredentials(db, (limiter ??= createSignInLimiter(db)), credentials, clientIp(request), {
          deviceToken: deviceTokenOf(request),
        });
        if (user && process.env.AUTH_SECRET) await rememberDevice(process.env.AUTH_SECRET, user.email, request);
        return user;
      },
    }),
  ],
});
