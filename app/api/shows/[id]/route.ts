import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { getShow } from "@/lib/shows/get-show";
import { getBrandHistory } from "@/lib/shows/brand-history";
import { saveShow } from "@/lib/shows/save-show";
import { showProfileSchema } from "@/lib/shows/schemas";

/** A show's brand profile and its brand score history (latest 50, oldest first). */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => {
  const show = await getShow(db, params.id);
  if (!show) throw new NotFoundError("That show");
  return NextResponse.json({ show, brandHistory: await getBrandHistory(db, show.id) });
});

/** Replaces a show's brand profile (hosts by position); 400 with field errors, 404, 409 on a taken slug. */
export const PUT = withRoute<{ id: string }>("EDITOR", async ({ json, params, user }) => {
  const input = showProfileSchema.parse(await json());
  await saveShow(db, input, user.id, params.id);
  return NextResponse.json({ show: await getShow(db, params.id) });
});
