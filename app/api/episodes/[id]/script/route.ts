import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { saveScriptVersion } from "@/lib/episodes/save-script-version";

/** An editor's edit of the script, saved as a new version (201 with its number). */
export const PUT = withRoute<{ id: string }>("EDITOR", async ({ req, params, user }) => {
  const version = await saveScriptVersion(db, params.id, await req.json(), user);
  return NextResponse.json({ version }, { status: 201 });
});
