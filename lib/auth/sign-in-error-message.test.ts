import { describe, expect, it } from "vitest";
import { lockedCode, signInErrorMessage } from "./sign-in-error-message";

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

describe("signInErrorMessage", () => {
  it("says until when a lock lasts", () => {
    expect(signInErrorMessage(lockedCode(new Date("2030-01-01T09:45:00Z")), hhmm)).toBe(
      "Too many failed sign-ins: signing in with this email is locked until 09:45. Try again then, or ask an admin to unlock it.",
    );
    expect(signInErrorMessage("locked:not a time", hhmm)).toContain("locked for a while");
  });

  it("names a disabled account, and says nothing more than 'no match' otherwise", () => {
    expect(signInErrorMessage("disabled", hhmm)).toBe("This account is disabled. Ask an admin to re-enable it.");
    expect(signInErrorMessage("credentials", hhmm)).toBe("That email and password do not match an account.");
    expect(signInErrorMessage(undefined, hhmm)).toBe("That email and password do not match an account.");
  });
});
