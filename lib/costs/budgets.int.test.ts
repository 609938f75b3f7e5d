import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { WebhookUrlRefusedError } from "@/lib/alerts/check-webhook-url";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { saveBudgetPolicy } from "./save-budget-policy";
import { spendOverTime } from "./spend-over-time";

let db: Db;
let admin: SessionUser;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db, { PRODUCER: "producer-password", EDITOR: "editor-password", ADMIN: "admin-password" });
  const u = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  admin = { id: u.id, email: u.email, name: u.name, role: u.role };
});

const policy = {
  episodeDefault: "3.00",
  episodeHardCap: "4.00",
  monthlyCap: "90.00",
  researchTarget: "0.80",
  contentTarget: "2.00",
  audioTarget: "2.50",
  alertThresholds: [100, 50, 50],
  onExceed: "PAUSE" as const,
  alertWebhookUrl: "",
};

describe("budget policies", () => {
  it("updates the workspace policy in place and gives a show its own, with audit entries", async () => {
    const before = await db.budgetPolicy.count();
    await saveBudgetPolicy(db, { ...policy, showId: null }, admin);
    const workspace = await db.budgetPolicy.findFirstOrThrow({ where: { showId: null } });
    expect(workspace).toMatchObject({ onExceed: "PAUSE", alertThresholds: [50, 100], alertWebhookUrl: null });
    expect(workspace.monthlyCap.toFixed(2)).toBe("90.00");
    expect(await db.budgetPolicy.count()).toBe(before);

    const show = await db.show.create({ data: { slug: "lab", name: "Lab", tone: "t", audience: "a" } });
    // This machine has no DNS for hooks.example.com: the test answers with its public address.
    const publicDns = { resolve: async () => [{ address: "93.184.216.34", family: 4 }] };
    await saveBudgetPolicy(
      db,
      {
        ...policy,
        showId: show.id,
        episodeDefault: "0.50",
        episodeHardCap: "1.00",
        alertWebhookUrl: "https://hooks.example.com/x",
      },
      admin,
      publicDns,
    );
    const own = await db.budgetPolicy.findUniqueOrThrow({ where: { showId: show.id } });
    expect(own.episodeHardCap.toFixed(2)).toBe("1.00");
    expect(own.alertWebhookUrl).toBe("https://hooks.example.com/x");
    expect(await db.auditLog.count({ where: { action: "budget.update" } })).toBe(2);
  });

  it("refuses caps that contradict each other, and bad values, saving nothing", async () => {
    const before = await db.budgetPolicy.findFirstOrThrow({ where: { showId: null } });
    await expect(saveBudgetPolicy(db, { ...policy, showId: null, episodeHardCap: "2.00" }, admin)).rejects.toThrow(
      /hard cap cannot be below the default/,
    );
    await expect(saveBudgetPolicy(db, { ...policy, showId: null, monthlyCap: "1.00" }, admin)).rejects.toThrow(
      ZodError,
    );
    await expect(saveBudgetPolicy(db, { ...policy, showId: null, episodeDefault: "five" }, admin)).rejects.toThrow(
      /in dollars/,
    );
    await expect(saveBudgetPolicy(db, { ...policy, showId: null, alertWebhookUrl: "ftp://x" }, admin)).rejects.toThrow(
      /http\(s\) URL/,
    );
    expect(await db.budgetPolicy.findFirstOrThrow({ where: { showId: null } })).toEqual(before);
  });

  it("refuses an alert webhook on a loopback, link-local or private address, saying why", async () => {
    const before = await db.budgetPolicy.findFirstOrThrow({ where: { showId: null } });
    const refused = {
      "http://127.0.0.1/hook": "127.0.0.1 is a loopback address",
      "http://169.254.169.254/latest/meta-data/": "169.254.169.254 is a link-local address",
      "http://10.0.0.1/hook": "10.0.0.1 is a private network address",
      "http://[::1]/hook": "::1 is a loopback address",
    };
    for (const [url, why] of Object.entries(refused)) {
      const error = await saveBudgetPolicy(db, { ...policy, showId: null, alertWebhookUrl: url }, admin).catch(
        (e: unknown) => e,
      );
      expect(error, url).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues).toEqual([
        expect.objectContaining({
          path: ["alertWebhookUrl"],
          message: `Alert webhooks are only posted to public addresses: ${why}.`,
        }),
      ]);
    }
    // A host name is resolved on save: localhost through this machine's resolver, another through a test's.
    const local = await saveBudgetPolicy(
      db,
      { ...policy, showId: null, alertWebhookUrl: "http://localhost:8080/hook" },
      admin,
    ).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(WebhookUrlRefusedError);
    expect((local as WebhookUrlRefusedError).status).toBe(422);
    expect((local as Error).message).toMatch(
      /^Alert webhooks are only posted to public addresses: localhost resolves to a loopback address\.$/,
    );
    const rebound = { resolve: async () => [{ address: "192.168.1.20", family: 4 }] };
    await expect(
      saveBudgetPolicy(db, { ...policy, showId: null, alertWebhookUrl: "https://hooks.example.com/x" }, admin, rebound),
    ).rejects.toThrow(
      "Alert webhooks are only posted to public addresses: hooks.example.com resolves to a private network address.",
    );
    expect(await db.budgetPolicy.findFirstOrThrow({ where: { showId: null } })).toEqual(before);
  });

  it("sums spend per day, with empty days as zero; an entry without a projection projects its charge", async () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const entry = (at: string, amount: string, projected: string | null) => ({
      idempotencyKey: `k-${at}-${amount}`,
      provider: "p",
      model: "m",
      unit: "request",
      quantity: "1",
      unitPrice: amount,
      amount,
      projectedAmount: projected,
      createdAt: new Date(at),
    });
    await db.costEntry.createMany({
      data: [
        entry("2026-03-09T01:00:00Z", "0.25", "1.00"),
        entry("2026-03-09T23:59:00Z", "0.50", null),
        entry("2026-03-10T08:00:00Z", "1.00", "2.00"),
        entry("2026-02-01T08:00:00Z", "9.00", null),
      ],
    });
    const days = await spendOverTime(db, 3, now);
    expect(days).toEqual([
      { day: "2026-03-08", charged: 0, projected: 0 },
      { day: "2026-03-09", charged: 0.75, projected: 1.5 },
      { day: "2026-03-10", charged: 1, projected: 2 },
    ]);
  });
});
