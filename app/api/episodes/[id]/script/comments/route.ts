import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { INT4_MAX } from "@/lib/domain/bounded-input";
import { createLineComment } from "@/lib/episodes/create-line-comment";
import { LINE_COMMENT_BODY_LIMIT } from "@/lib/episodes/line-comment-schemas";
import { listLineComments } from "@/lib/episodes/list-line-comments";

const querySchema = z.object({
  version: z.coerce.number().int("The version is a whole number.").min(1).max(INT4_MAX).optional(),
});

/** The line comments made on a version of the script (`?version=`, else the latest) and how many are open. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params, query }) =>
  NextResponse.json(await listLineComments(db, params.id, query(querySchema).version)),
);

/** An editor's comment on a line or a range of lines of the version waiting for approval (201 with its id). */
export const POST = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json, params, user }) =>
    NextResponse.json({ comment: await createLineComment(db, params.id, await json(), user) }, { status: 201 }),
  { maxBodyBytes: LINE_COMMENT_BODY_LIMIT },
);
