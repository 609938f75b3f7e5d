import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { SHOW_NOTES_BODY_LIMIT, SHOW_NOTES_TOO_LONG, showNotesSchema } from "@/lib/domain/show-notes-schema";
import { renderShowNotes } from "@/lib/publishing/render-show-notes";

/**
 * The HTML that Markdown show notes become in the feed, for the editor's preview: the same renderer and sanitiser,
 * nothing saved. Editors only, like saving.
 */
export const POST = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json }) => {
    const { markdown } = showNotesSchema.parse(await json());
    return NextResponse.json(
      { html: renderShowNotes(markdown) },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
  {
    maxBodyBytes: SHOW_NOTES_BODY_LIMIT,
    tooLargeMessage: SHOW_NOTES_TOO_LONG,
  },
);
