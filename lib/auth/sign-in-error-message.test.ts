import { describe, expect, it } from "vitest";
import { lockedCode, signInErrorMessage } from "./sign-in-error-message";

const hhmm = (d: Date) => d.toISOString().slice(11, 16);
const at = new Date("2030-01-01T09:45:00Z");

describe("signInErrorMessage", () => {
  it("says which lock refused the attempt, and until when", () => {
    expect(signInErrorMessage(lockedCode(at, "pair"), hhmm)).toBe(
      "Too many failed sign-ins: this email is locked for this browser until 09:45. Try again then, or ask an admin to unlock the account.",
    );
    expect(signInErrorMessage(lockedCode(at, "email"), hhmm)).toBe(
      "Too many failed sign-ins: this email is locked until 09:45 for browsers that have not signed in to it before. Try again then, or ask an admin to unlock the account.",
    );
    expect(signInErrorMessage(lockedCode(at, "address"), hhmm)).toBe(
      "Too many failed sign-ins from this network: signing in from it is locked until 09:45. Try again then, or ask an admin to unlock this network.",
    );
    expect(signInErrorMessage("locked:pair:not a time", hhmm)).toContain("locked for this browser for a while");
  });

  it("names a disabled account, and says nothing more than 'no match' otherwise", () => {
    expect(signInErrorMessage("disabled", hhmm)).toBe("This account is disabled. Ask an admin to re-enable it.");
    expect(signInErrorMessage("credentials", hhmm)).toBe("That email and password do not match an account.");
    expect(signInErrorMessage("locked:other:2030-01-01T09:45:00Z", hhmm)).toBe(
      "That email and password do not match an account.",
    );
    expect(signInErrorMessage(undefined, hhmm)).toBe("That email and password do not match an account.");
  });
});
