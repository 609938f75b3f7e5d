import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { raiseAlert } from "./raise-alert";
import { listOpenAlerts } from "./list-open-alerts";
import { acknowledgeAlert } from "./acknowledge-alert";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("alerts", () => {
  it("raises once per dedupe key, lists open alerts newest first, and drops an acknowledged one with an audit entry", async () => {
    const editor = await createUser(
      db,
      { email: "ed@example.com", name: "Ed", role: "EDITOR", password: "a long password" },
      null,
    );
    const first = await raiseAlert(db, {
      kind: "budget.threshold",
      severity: "WARNING",
      message: "80%",
      dedupeKey: "k1",
    });
    const again = await raiseAlert(db, {
      kind: "budget.threshold",
      severity: "WARNING",
      message: "80%",
      dedupeKey: "k1",
    });
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.alert.id).toBe(first.alert.id);
    await raiseAlert(db, { kind: "gate.timeout", severity: "CRITICAL", message: "nobody reviewed" });

    expect((await listOpenAlerts(db)).map((a) => a.message)).toEqual(["nobody reviewed", "80%"]);
    await acknowledgeAlert(db, { alertId: first.alert.id }, editor);
    expect((await listOpenAlerts(db)).map((a) => a.message)).toEqual(["nobody reviewed"]);
    const saved = await db.alert.findUniqueOrThrow({ where: { id: first.alert.id } });
    expect(saved.acknowledgedById).toBe(editor.id);
    expect(await db.auditLog.count({ where: { action: "alert.acknowledge", entityId: first.alert.id } })).toBe(1);
    await expect(acknowledgeAlert(db, { alertId: "cmissing000000000000000000" }, editor)).rejects.toThrow(/not found/);
    await expect(acknowledgeAlert(db, { alertId: "missing" }, editor)).rejects.toThrow(/not a valid alert id/);
  });
});
