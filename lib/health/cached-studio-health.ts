import "server-only";
import { checkStudioHealth, type StudioHealth } from "./check-studio-health";

/** How long one check answers for: a flood of requests (the route is public) costs one check per window. */
export const HEALTH_TTL_MS = 2_000;

let last: { at: number; health: StudioHealth } | null = null;
let inFlight: Promise<StudioHealth> | null = null;

/**
 * The studio's health, checked at most once per HEALTH_TTL_MS: callers within the window share the last result, and
 * callers while a check runs share that check, so requests never fan out into database queries and outbound fetches.
 */
export function cachedStudioHealth(now = Date.now): Promise<StudioHealth> {
  if (last && now() - last.at < HEALTH_TTL_MS) return Promise.resolve(last.health);
  inFlight ??= checkStudioHealth()
    .then((health) => {
      last = { at: now(), health };
      return health;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}
