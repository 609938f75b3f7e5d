/**
 * Time strings as Inngest reads them ("1h30m", "500ms", "2d"; units ns, us/µs, ms, s, m, h, d, w) and ISO 8601
 * dates, which the SDK sends for step.sleepUntil and Date timeouts.
 */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
/** Milliseconds in a time string, or undefined when it is not one. The empty string is zero, as in Inngest. */
export function parseDuration(value: string): number | undefined {
  // Sticky: each part must start where the previous one ended, so "1h junk" is refused.
  const part = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w)/y;
  let total = 0;
  while (part.lastIndex < value.length) {
    const match = part.exec(value);
    if (!match) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
  }
  return total;
}

/** The moment a time string (relative to `now`) or an ISO date designates; throws on anything else. */
export function resolveTime(value: string, now: Date): Date {
  const ms = parseDuration(value);
  if (ms !== undefined) return new Date(now.getTime() + ms);
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(date)) throw new Error(`"${value}" is neither a time string (like "1h30m") nor an ISO 8601 date`);
  return new Date(date);
}
