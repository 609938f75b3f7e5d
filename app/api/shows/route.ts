import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { pageQuerySchema } from "@/lib/http/page-query";
import { listShows, SHOWS_PAGE, SHOWS_PAGE_MAX } from "@/lib/shows/list-shows";
import { saveShow } from "@/lib/shows/save-show";
import { showProfileSchema } from "@/lib/shows/schemas";
import { getShow } from "@/lib/shows/get-show";

/** Shows a page at a time, by name (`?limit=`, at most 200; `?after=` the previous page's `nextAfter`). */
export const GET = withRoute("PRODUCER", async ({ query }) => {
  const { shows, nextAfter } = await listShows(db, query(pageQuerySchema(SHOWS_PAGE, SHOWS_PAGE_MAX)));
  return NextResponse.json({
    shows: shows.map(({ _count, ...s }) => ({ ...s, episodeCount: _count.episodes })),
    nextAfter,
  });
});

/** Creates a show from a brand profile (the same schema as the form); 400 with field errors, 409 on a taken slug. */
export const POST = withRoute("EDITOR", async ({ json, user }) => {
  const input = showProfileSchema.parse(await json());
  const { id } = await saveShow(db, input, user.id);
  return NextResponse.json({ show: await getShow(db, id) }, { status: 201 });
});
