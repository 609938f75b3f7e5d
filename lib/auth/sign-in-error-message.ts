/** Auth.js carries a refused sign-in's reason to the form as a `code`; these are the ones the studio sends. */
export const SIGN_IN_CODES = { locked: "locked", disabled: "disabled" } as const;

/** `locked:<ISO time>`: the time is the lock's end, so the form can say until when. */
export const lockedCode = (until: Date) => `${SIGN_IN_CODES.locked}:${until.toISOString()}`;

/**
 * What the sign-in form says for a refused attempt. A lock says until when; it never says whether the email has an
 * account (unknown emails are counted and locked the same way). "Disabled" is only ever sent after the right password.
 */
export function signInErrorMessage(code: string | undefined, formatTime: (d: Date) => string): string {
  if (code === SIGN_IN_CODES.disabled) return "This account is disabled. Ask an admin to re-enable it.";
  if (code?.startsWith(`${SIGN_IN_CODES.locked}:`)) {
    const until = new Date(code.slice(SIGN_IN_CODES.locked.length + 1));
    const when = Number.isNaN(until.getTime()) ? "for a while" : `until ${formatTime(until)}`;
    return `Too many failed sign-ins: signing in with this email is locked ${when}. Try again then, or ask an admin to unlock it.`;
  }
  return "That email and password do not match an account.";
}
