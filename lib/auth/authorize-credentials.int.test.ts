import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { authorizeCredentials, TooManyAttempts } from "./authorize-credentials";
import { createSignInLimiter } from "./sign-in-limiter";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  await createUser(db, { email: "kim@example.com", name: "Kim", role: "EDITOR", password: "right password!" }, null);
});

describe("authorizeCredentials", () => {
  it("returns the user and role for the right password", async () => {
    const user = await authorizeCredentials(db, createSignInLimiter(db), { email: "KIM@example.com", password: "right password!" }, "10.0.0.1");
    expect(user).toMatchObject({ email: "kim@example.com", role: "EDITOR" });
  });

  it("rejects wrong passwords and unknown emails, then blocks the email after five failures, even with the right password", async () => {
    const limiter = createSignInLimiter(db);
    expect(await authorizeCredentials(db, limiter, { email: "nobody@example.com", password: "x" }, "10.0.0.2")).toBeNull();
    for (let i = 0; i < 5; i++) {
      expect(await authorizeCredentials(db, limiter, { email: "kim@example.com", password: "wrong" }, "10.0.0.2")).toBeNull();
    }
    const counter = await db.rateLimit.findUniqueOrThrow({ where: { key: "signin-email:kim@example.com" } });
    expect(counter.points).toBe(5);
    await expect(
      authorizeCredentials(db, limiter, { email: "kim@example.com", password: "right password!" }, "10.0.0.3"),
    ).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("rejects malformed input without touching the database counters", async () => {
    const before = await db.rateLimit.count();
    expect(await authorizeCredentials(db, createSignInLimiter(db), { email: "not-an-email" }, "10.0.0.4")).toBeNull();
    expect(await db.rateLimit.count()).toBe(before);
  });
});
