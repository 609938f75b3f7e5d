import type { LockScope } from "@/lib/auth/sign-in-limiter";

/** Auth.js carries a refused sign-in's reason to the form as a `code`; these are the ones the studio sends. */
export const SIGN_IN_CODES = { locked: "locked", disabled: "disabled" } as const;

/** `locked:<scope>:<ISO time>`: which lock refused the attempt, and its end, so the form can say what and until when. */
export const lockedCode = (until: Date, scope: LockScope) => `${SIGN_IN_CODES.locked}:${scope}:${until.toISOString()}`;

const LOCKED: Record<LockScope, (when: string) => string> = {
  pair: (when) =>
    `Too many failed sign-ins: this email is locked for this browser ${when}. Try again then, or ask an admin to unlock the account.`,
  email: (when) =>
    `Too many failed sign-ins: this email is locked ${when} for browsers that have not signed in to it before. Try again then, or ask an admin to unlock the account.`,
  address: (when) =>
    `Too many failed sign-ins from this network: signing in from it is locked ${when}. Try again then, or ask an admin to unlock this network.`,
};

/**
 * What the sign-in form says for a refused attempt. A lock says which one and until when; it never says whether the
 * email has an account (unknown emails are counted and locked the same way). "Disabled" is only ever sent after the
 * right password.
 */
export function signInErrorMessage(code: string | undefined, formatTime: (d: Date) => string): string {
  if (code === SIGN_IN_CODES.disabled) return "This account is disabled. Ask an admin to re-enable it.";
  const locked = code?.match(/^locked:(pair|email|address):(.*)$/);
  if (locked) {
    const until = new Date(locked[2]!);
    return LOCKED[locked[1] as LockScope](Number.isNaN(until.getTime()) ? "for a while" : `until ${formatTime(until)}`);
  }
  return "That email and password do not match an account.";
}
