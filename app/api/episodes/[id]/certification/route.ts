import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { getCertification } from "@/lib/episodes/get-certification";
import { NotFoundError } from "@/lib/domain/errors";

/** The certification as JSON: every gate, score, measurement, threshold, approval and cost, with the verdict. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const certification = await getCertification(db, params.id);
  if (!certification) throw new NotFoundError("A certification for that episode");
  return NextResponse.json({ certification });
});
