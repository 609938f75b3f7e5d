import { describe, expect, it } from "vitest";
import { accountStatus } from "./account-status";

const now = new Date("2030-01-01T10:00:00Z");
const later = new Date("2030-01-01T10:15:00Z");

describe("accountStatus", () => {
  it("is active without a lock, or once the lock has ended", () => {
    expect(accountStatus({ disabledAt: null, lock: null }, now)).toEqual({ kind: "active" });
    expect(accountStatus({ disabledAt: null, lock: { until: now, scope: "pair" } }, later)).toEqual({ kind: "active" });
  });

  it("says until when a lock lasts and whether it holds from every address", () => {
    expect(accountStatus({ disabledAt: null, lock: { until: later, scope: "pair" } }, now)).toEqual({
      kind: "locked",
      until: later,
      everywhere: false,
    });
    expect(accountStatus({ disabledAt: null, lock: { until: later, scope: "email" } }, now)).toEqual({
      kind: "locked",
      until: later,
      everywhere: true,
    });
  });

  it("puts disabled before locked", () => {
    expect(accountStatus({ disabledAt: now, lock: { until: later, scope: "email" } }, now)).toEqual({
      kind: "disabled",
      since: now,
    });
  });
});
