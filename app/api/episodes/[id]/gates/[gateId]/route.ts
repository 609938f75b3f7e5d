import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { decideGate } from "@/lib/episodes/decide-gate";
import { dispatch } from "@/inngest/app-dispatch";

export const POST = withRoute<{ id: string; gateId: string }>("EDITOR", async ({ json, user, params }) => {
  const body = (await json()) as Record<string, unknown>;
  const decision = await decideGate(db, dispatch, params.id, { ...body, gateId: params.gateId }, user);
  return NextResponse.json({ gate: { id: params.gateId, status: decision.decision } });
});
