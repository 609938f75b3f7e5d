import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { SessionUser } from "@/lib/auth/guard";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { recordEvents } from "@/test/record-events";
import { untouchableDb } from "@/test/untouchable-db";
import { resumeBudgetPause } from "./resume-budget-pause";

const user = (role: SessionUser["role"]): SessionUser => ({
  id: `u_${role}`,
  role,
  email: `${role}@example.com`,
  name: role,
});
const episodeId = "cm0episode00000000000000";

describe("resumeBudgetPause before the database", () => {
  it("refuses producers and editors: only an admin resumes a budget pause", async () => {
    const events = recordEvents();
    for (const role of ["PRODUCER", "EDITOR"] as const) {
      await expect(resumeBudgetPause(untouchableDb, events, episodeId, {}, user(role))).rejects.toThrow(
        new ForbiddenError("Only an admin can resume an episode paused for budget."),
      );
    }
    expect(events.sent).toEqual([]);
  });

  it("refuses an id that names no episode and a budget that is not dollars", async () => {
    await expect(resumeBudgetPause(untouchableDb, recordEvents(), "../etc", {}, user("ADMIN"))).rejects.toThrow(
      NotFoundError,
    );
    await expect(
      resumeBudgetPause(untouchableDb, recordEvents(), episodeId, { budget: "lots" }, user("ADMIN")),
    ).rejects.toThrow(ZodError);
  });
});
