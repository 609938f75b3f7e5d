export type AccountStatus =
  | { kind: "active" }
  | { kind: "disabled"; since: Date }
  /** `everywhere`: locked from every address; otherwise only from the addresses that failed too often. */
  | { kind: "locked"; until: Date; everywhere: boolean };

/** What the users page says of an account: disabled outranks locked (unlocking would not let them in). */
export function accountStatus(
  user: { disabledAt: Date | null; lock: { until: Date; scope: string } | null },
  now: Date = new Date(),
): AccountStatus {
  if (user.disabledAt) return { kind: "disabled", since: user.disabledAt };
  if (user.lock && user.lock.until > now)
    return { kind: "locked", until: user.lock.until, everywhere: user.lock.scope === "email" };
  return { kind: "active" };
}
