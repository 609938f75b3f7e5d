import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db";

const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

/** Counts failed sign-ins per email and per client address in PostgreSQL, so every server process shares them. */
export function createSignInLimiter(db: Db) {
  const common = { storeClient: db, tableName: "rateLimit", duration: WINDOW_SECONDS };
  const byEmail = new RateLimiterPrisma({ ...common, keyPrefix: "signin-email", points: MAX_FAILURES_PER_EMAIL });
  const byIp = new RateLimiterPrisma({ ...common, keyPrefix: "signin-ip", points: MAX_FAILURES_PER_IP });

  return {
    async isBlocked(email: string, ip: string): Promise<boolean> {
      const [e, i] = await Promise.all([byEmail.get(email), byIp.get(ip)]);
      return (e?.consumedPoints ?? 0) >= MAX_FAILURES_PER_EMAIL || (i?.consumedPoints ?? 0) >= MAX_FAILURES_PER_IP;
    },
    async recordFailure(email: string, ip: string): Promise<void> {
      // penalty() counts without rejecting; isBlocked() decides.
      await Promise.all([byEmail.penalty(email), byIp.penalty(ip)]);
    },
    async recordSuccess(email: string): Promise<void> {
      await byEmail.delete(email);
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
