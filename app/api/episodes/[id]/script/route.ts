import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { INT4_MAX } from "@/lib/domain/bounded-input";
import { SCRIPT_EDIT_BODY_LIMIT } from "@/lib/episodes/schemas";
import { saveScriptVersion } from "@/lib/episodes/save-script-version";
import { getEpisodeScripts } from "@/lib/episodes/get-episode-scripts";

const versionNumber = (what: string) =>
  z.coerce
    .number()
    .int(`The ${what} is a whole number.`)
    .min(1, `The ${what} is at least 1.`)
    .max(INT4_MAX, `The ${what} is at most ${INT4_MAX}.`)
    .optional();
const scriptQuerySchema = z.object({ version: versionNumber("version"), before: versionNumber("before") });

/**
 * A page of script versions (newest first, `?before=` for older ones) and one version in full with its brand score
 * (`?version=`, else the newest), with the version before it to compare against.
 */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ params, query }) =>
  NextResponse.json(await getEpisodeScripts(db, params.id, query(scriptQuerySchema))),
);

/** An editor's edit of the script, saved as a new version (201 with its number); 413 past the edit's byte limit. */
export const PUT = withRoute<{ id: string }>(
  "EDITOR",
  async ({ json, params, user }) => {
    const version = await saveScriptVersion(db, params.id, await json(), user);
    return NextResponse.json({ version }, { status: 201 });
  },
  { maxBodyBytes: SCRIPT_EDIT_BODY_LIMIT },
);
