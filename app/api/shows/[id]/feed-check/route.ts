import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { getFeedCheck } from "@/lib/publishing/get-feed-check";

/** What the show's feed still lacks before podcast apps accept it, and its URL once it has a public address. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const check = await getFeedCheck(db, params.id);
  if (!check) throw new NotFoundError("That show");
  return NextResponse.json(check);
});
