import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { SessionUser } from "@/lib/auth/guard";
import { ForbiddenError } from "@/lib/domain/errors";
import { recordEvents } from "@/test/record-events";
import { untouchableDb } from "@/test/untouchable-db";
import { decideGate } from "./decide-gate";

const user = (role: SessionUser["role"]): SessionUser => ({
  id: `u_${role}`,
  role,
  email: `${role}@example.com`,
  name: role,
});
const gateId = "cm1a2b3c4d5e6f7g8h9i0j1k2";

describe("decideGate before the database", () => {
  it("refuses a producer: only editors and admins decide gates", async () => {
    const events = recordEvents();
    await expect(
      decideGate(untouchableDb, events, "cm0episode00000000000000", { gateId, decision: "APPROVED" }, user("PRODUCER")),
    ).rejects.toThrow(new ForbiddenError("Only an editor or admin can decide a gate."));
    expect(events.sent).toEqual([]);
  });

  it("refuses a rejection that does not say what should change", async () => {
    await expect(
      decideGate(
        untouchableDb,
        recordEvents(),
        "cm0episode00000000000000",
        { gateId, decision: "REJECTED", comment: "no" },
        user("EDITOR"),
      ),
    ).rejects.toThrow(ZodError);
  });

  it("refuses an override whose reason is too short to say why", async () => {
    await expect(
      decideGate(
        untouchableDb,
        recordEvents(),
        "cm0episode00000000000000",
        { gateId, decision: "APPROVED", override: { reason: "ok then" } },
        user("EDITOR"),
      ),
    ).rejects.toThrow(ZodError);
  });
});
