import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import type { BrandViolation } from "@/lib/quality/brand/types";
import { saveScriptVersion } from "./save-script-version";
import { getEpisodeScripts } from "./get-episode-scripts";

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
});
