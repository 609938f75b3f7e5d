import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import type { BrandViolation } from "@/lib/quality/brand/types";
import { saveScriptVersion } from "./save-script-version";
import { getEpisodeScripts } from "./get-episode-scripts";
import { createLineComment } from "./create-line-comment";
import { listLineComments } from "./list-line-comments";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const opening = "Welcome to Signal and Noise. Today we look at how sleep shapes memory.";
const closing = "That is the evidence as it stands. Thanks for listening.";

describe("saveScriptVersion", () => {
  it("brand-scores the saved version at once, with the banned phrase the editor typed located at its line", async () => {
    const episode = await episodeIn(ws, ws.users.editor, "AWAITING_SCRIPT_APPROVAL");
    const segments = [
      {
        title: "Cold open",
        lines: [
          { speaker: "Maya Chen", text: opening },
          { speaker: "Theo Marsh", text: "Honestly, this study is a game-changer for students." },
        ],
      },
      { title: "Wrap-up", lines: [{ speaker: "Maya Chen", text: closing }] },
    ];
    const saved = await saveScriptVersion(ws.db, episode.id, { segments }, ws.users.editor);

    const score = await ws.db.brandScore.findFirstOrThrow({ where: { scriptVersionId: saved.id } });
    expect(score.method).toBe("rules");
    const violations = score.violations as unknown as BrandViolation[];
    const banned = violations.filter((v) => v.rule === "banned-phrase");
    expect(banned).toHaveLength(1);
    expect(banned[0]).toMatchObject({ line: 2, segment: 0, text: expect.stringContaining("game-changer") });
    expect(segments[0]!.lines[1]!.text.slice(banned[0]!.start, banned[0]!.end).toLowerCase()).toBe("game-changer");
    // Both required phrases are there, so the banned phrase is vocabulary's only loss: 10 − 2.
    const dimensions = score.dimensions as unknown as { key: string; score: number }[];
    expect(dimensions.find((d) => d.key === "vocabulary")?.score).toBe(8);
    const { brandScore } = await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(brandScore).toBe(score.overall);

    // The Script tab shows that score for the editor's version, not "has not been scored".
    const tab = await getEpisodeScripts(ws.db, episode.id);
    expect(tab.current?.version).toBe(saved.version);
    expect(tab.current?.brand?.overall).toBe(score.overall);
    // And the hosts the editor may give a line to, in the show's order.
    expect(tab.hosts).toEqual(["Maya Chen", "Theo Marsh"]);
  });

  it("refuses an unknown speaker and an empty line at their lines, and stores nothing", async () => {
    const episode = await episodeIn(ws, ws.users.editor, "AWAITING_SCRIPT_APPROVAL");
    const stranger = {
      segments: [
        {
          title: "Only",
          lines: [
            { speaker: "Maya Chen", text: opening },
            { speaker: "Nobody", text: "Hi." },
          ],
        },
      ],
    };
    const refused = await saveScriptVersion(ws.db, episode.id, stranger, ws.users.editor).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ZodError);
    expect((refused as ZodError).issues).toEqual([
      expect.objectContaining({
        path: ["segments", 0, "lines", 1, "speaker"],
        message: "Nobody is not one of the show's hosts.",
      }),
    ]);
    const empty = { segments: [{ title: "Only", lines: [{ speaker: "Maya Chen", text: "  " }] }] };
    const emptyError = await saveScriptVersion(ws.db, episode.id, empty, ws.users.editor).catch((e: unknown) => e);
    expect((emptyError as ZodError).issues).toEqual([
      expect.objectContaining({ path: ["segments", 0, "lines", 0, "text"], message: "This line is empty." }),
    ]);
    expect(await ws.db.scriptVersion.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await ws.db.brandScore.count({ where: { episodeId: episode.id } })).toBe(0);
  });

  it("carries the open comments to the saved version at their lines' new place, and resolves those whose lines it deleted", async () => {
    const episode = await episodeIn(ws, ws.users.editor, "AWAITING_SCRIPT_APPROVAL");
    const maya = (text: string) => ({ speaker: "Maya Chen", text });
    const v1 = ["One.", "Two.", "Three.", "Four."].map(maya);
    await saveScriptVersion(ws.db, episode.id, { segments: [{ title: "All", lines: v1 }] }, ws.users.editor);
    const comment = (firstLine: number, lastLine: number, text: string) =>
      createLineComment(ws.db, episode.id, { version: 1, firstLine, lastLine, text }, ws.users.editor);
    await comment(3, 4, "Tighten the ending.");
    await comment(2, 2, "Cut this.");
    // v2 puts a line in at the top and deletes "Two.".
    const v2 = [maya("New opening."), v1[0]!, v1[2]!, v1[3]!];
    const saved = await saveScriptVersion(
      ws.db,
      episode.id,
      { segments: [{ title: "All", lines: v2 }] },
      ws.users.editor,
    );

    // On v2, the one the writer revises, the comment is open at its lines' new place, saying where it came from.
    const now = await listLineComments(ws.db, episode.id, saved.version);
    expect(now.open).toBe(1);
    expect(now.comments).toEqual([
      expect.objectContaining({
        firstLine: 3,
        lastLine: 4,
        text: "Tighten the ending.",
        status: "OPEN",
        outcome: "Carried from v1, lines 3–4.",
      }),
    ]);
    // The pipeline reads it from there on a rejection.
    expect(await ws.db.lineComment.count({ where: { scriptVersionId: saved.id, status: "OPEN", firstLine: 3 } })).toBe(
      1,
    );
    // On v1 both stay shown where they were made, resolved, each saying why.
    const before = await listLineComments(ws.db, episode.id, 1);
    expect(before.open).toBe(0);
    expect(before.comments).toEqual([
      expect.objectContaining({
        firstLine: 2,
        status: "RESOLVED",
        outcome: "Its lines were deleted in v2.",
        resolvedInVersion: { version: 2 },
        resolvedBy: { name: ws.users.editor.name },
      }),
      expect.objectContaining({
        firstLine: 3,
        status: "RESOLVED",
        outcome: "Carried to v2, lines 3–4, where it stays open.",
        resolvedInVersion: { version: 2 },
      }),
    ]);
  });
});
