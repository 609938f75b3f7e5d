import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { resolveLineComment } from "@/lib/episodes/resolve-line-comment";

/** An editor marks a line comment resolved by hand. */
export const POST = withRoute<{ id: string; commentId: string }>("EDITOR", async ({ params, user }) =>
  NextResponse.json({ comment: await resolveLineComment(db, params.id, { commentId: params.commentId }, user) }),
);
