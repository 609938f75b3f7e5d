import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { SHOW_NOTES_BODY_LIMIT, SHOW_NOTES_TOO_LONG } from "@/lib/domain/show-notes-schema";
import { getEpisodeShowNotes } from "@/lib/publishing/get-episode-show-notes";
import { resetShowNotes, saveShowNotes } from "@/lib/publishing/save-show-notes";

const notes = async (id: string) =>
  NextResponse.json(await getEpisodeShowNotes(db, id), { headers: { "Cache-Control": "private, no-store" } });

/** The episode's show notes (the editor's, else generated) with their HTML; any signed-in role may read them. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => notes(params.id));

/** An editor saves show notes in place of the generated ones (Markdown, at most SHOW_NOTES_MAX_CHARS characters). */
export const PUT = withRoute<{ id: string }>(
  "EDITOR",
  async ({ params, json, user }) => {
    await saveShowNotes(db, user, params.id, await json());
    return notes(params.id);
  },
  {
    maxBodyBytes: SHOW_NOTES_BODY_LIMIT,
    tooLargeMessage: SHOW_NOTES_TOO_LONG,
  },
);

/** An editor drops the saved notes: the generated ones come back. */
export const DELETE = withRoute<{ id: string }>("EDITOR", async ({ params, user }) => {
  await resetShowNotes(db, user, params.id);
  return notes(params.id);
});
