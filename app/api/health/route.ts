import { NextResponse } from "next/server";
import { checkStudioHealth } from "@/lib/health/check-studio-health";

/**
 * Public, for monitors and the supervision test: whether the database, the pipeline engine and the pipeline worker
 * answer. 200 when all do, 503 otherwise. It names no address and no error (nothing a stranger could use).
 */
export async function GET() {
  const health = await checkStudioHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
