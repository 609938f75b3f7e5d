import { NextResponse } from "next/server";
import { cachedStudioHealth } from "@/lib/health/cached-studio-health";
import { withPublicRoute } from "@/lib/api/with-route";

/**
 * Public, for monitors and the supervision test: whether the database, the pipeline engine and the pipeline worker
 * answer. 200 when all do, 503 otherwise. It names no address and no error (nothing a stranger could use), and
 * answers from a check at most 2 s old (lib/health/cached-studio-health.ts).
 */
export const GET = withPublicRoute(async () => {
  const health = await cachedStudioHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
});
