import { beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { ConflictError } from "@/lib/domain/errors";
import { OPEN_LINE_COMMENTS_MAX } from "@/lib/domain/line-comment";
import { createLineComment } from "./create-line-comment";
import { resolveLineComment } from "./resolve-line-comment";
import { saveScriptVersion } from "./save-script-version";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

describe("createLineComment", () => {
  it(`refuses a comment past ${OPEN_LINE_COMMENTS_MAX} open ones on a version, and takes one again once one is resolved`, async () => {
    const episode = await episodeIn(ws, ws.users.editor, "AWAITING_SCRIPT_APPROVAL");
    const lines = [{ speaker: "Maya Chen", text: "Welcome to Signal and Noise." }];
    await saveScriptVersion(ws.db, episode.id, { segments: [{ title: "All", lines }] }, ws.users.editor);
    const comment = (text: string) =>
      createLineComment(ws.db, episode.id, { version: 1, firstLine: 1, lastLine: 1, text }, ws.users.editor);
    const made = [];
    for (let n = 1; n <= OPEN_LINE_COMMENTS_MAX; n++) made.push(await comment(`Note ${n}`));

    const refused = await comment("One too many").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toBe(
      "v1 already has 50 open comments: resolve some, or edit the script yourself.",
    );
    expect(await ws.db.lineComment.count({ where: { episodeId: episode.id } })).toBe(OPEN_LINE_COMMENTS_MAX);

    await resolveLineComment(ws.db, episode.id, { commentId: made[0]!.id }, ws.users.editor);
    await comment("Room again");
    expect(await ws.db.lineComment.count({ where: { episodeId: episode.id, status: "OPEN" } })).toBe(
      OPEN_LINE_COMMENTS_MAX,
    );
  });
});
