import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { saveScriptVersion } from "@/lib/episodes/save-script-version";
import { getEpisodeScripts } from "@/lib/episodes/get-episode-scripts";

/** Every script version, newest first, with its brand score. */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params }) => NextResponse.json({ versions: await getEpisodeScripts(db, params.id) }));

/** An editor's edit of the script, saved as a new version (201 with its number). */
export const PUT = withRoute<{ id: string }>("EDITOR", async ({ req, params, user }) => {
  const version = await saveScriptVersion(db, params.id, await req.json(), user);
  return NextResponse.json({ version }, { status: 201 });
});
