import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { publishingConfig } from "@/lib/config";
import { getPublication } from "@/lib/publishing/get-publication";

/** Where the episode stands in its show's feed: status, dates, what stops publishing, the public URLs. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  return NextResponse.json(await getPublication(db, params.id, publishingConfig().mediaBaseUrl));
});
