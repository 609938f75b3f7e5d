import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { deviceTokenOf, rememberDevice } from "@/lib/auth/sign-in-device";
import { db } from "@/lib/db";
import { authConfig } from "@/lib/auth/auth.config";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createSignInLimiter, type SignInLimiter } from "@/lib/auth/sign-in-limiter";
import { clientAddress, parseTrustedProxies } from "@/lib/http/client-address";

let limiter: SignInLimiter | undefined;
let trustedProxies: ReturnType<typeof parseTrustedProxies> | undefined; // null: none configured

/** The sign-in's address for the limiter: the socket's, or past SHOWRUNNER_TRUSTED_PROXIES the client they saw. */
function clientIp(request: Request): string {
  if (trustedProxies === undefined) trustedProxies = parseTrustedProxies(process.env.SHOWRUNNER_TRUSTED_PROXIES);
  return clientAddress(request.headers, trustedProxies);
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
        const user = await authorizeCredentials(
          db,
          (limiter ??= createSignInLimiter(db)),
          credentials,
          clientIp(request),
          {
            deviceToken: deviceTokenOf(request),
          },
        );
        if (user && process.env.AUTH_SECRET) await rememberDevice(process.env.AUTH_SECRET, user.email, request);
        return user;
      },
    }),
  ],
});
