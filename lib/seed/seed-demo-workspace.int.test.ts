import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { seedDemoWorkspace } from "./seed-demo-workspace";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("seedDemoWorkspace", () => {
  it("creates one user per role with hashed passwords, a complete demo show and budgets, and nothing twice", async () => {
    const first = await seedDemoWorkspace(db);
    expect(first.credentials.map((c) => c.role).sort()).toEqual(["ADMIN", "EDITOR", "PRODUCER"]);

    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@showrunner.local" } });
    const adminPassword = first.credentials.find((c) => c.role === "ADMIN")!.password;
    expect(admin.passwordHash).not.toContain(adminPassword);
    expect(await verifyPassword(admin.passwordHash!, adminPassword)).toBe(true);

    const show = await db.show.findUniqueOrThrow({
      where: { slug: "signal-and-noise" },
      include: { hosts: true, budgetPolicy: true },
    });
    expect(show.hosts).toHaveLength(2);
    expect(new Set(show.hosts.map((h) => h.localVoice)).size).toBe(2);
    expect(show.requiredPhrases.length).toBeGreaterThan(0);
    expect(show.bannedPhrases.length).toBeGreaterThan(0);
    expect(show.humilityMarkers.length).toBeGreaterThan(0);
    expect((show.pronunciationLexicon as unknown[]).length).toBeGreaterThan(0);
    expect(show.budgetPolicy?.episodeHardCap.toString()).toBe("6");

    const pricesBefore = await db.price.count();
    const second = await seedDemoWorkspace(db);
    expect(await db.price.count()).toBe(pricesBefore);
    expect(second.credentials).toEqual([]);
    expect(await db.user.count()).toBe(3);
    expect(await db.show.count()).toBe(1);
    expect(await db.host.count()).toBe(2);
    expect(await db.budgetPolicy.count()).toBe(2);
    expect(await db.price.count()).toBeGreaterThan(10);
    // The first seed's passwords still work: the second run did not touch the users.
    const adminAgain = await db.user.findUniqueOrThrow({ where: { email: "admin@showrunner.local" } });
    expect(adminAgain.passwordHash).toBe(admin.passwordHash);
  });

  it("adds a default price that a studio seeded before it existed lacks, and leaves prices already there alone", async () => {
    await seedDemoWorkspace(db);
    await db.price.deleteMany({ where: { provider: "openai", model: "whisper-1" } });
    await db.price.create({
      data: {
        provider: "openai",
        model: "gpt-4o",
        unit: "input_token",
        unitPrice: "0.000004",
        effectiveFrom: new Date(),
      },
    });
    const before = await db.price.count();
    await seedDemoWorkspace(db);
    expect(await db.price.count()).toBe(before + 1);
    expect(
      (
        await db.price.findFirstOrThrow({ where: { provider: "openai", model: "whisper-1", unit: "minute" } })
      ).unitPrice.toString(),
    ).toBe("0.006");
    expect(await db.price.count({ where: { provider: "openai", model: "gpt-4o", unit: "input_token" } })).toBe(2);
  });
});
