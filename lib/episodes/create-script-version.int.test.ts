import { beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { createScriptVersion } from "./create-script-version";
import { saveScriptVersion } from "./save-script-version";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const segments = (text: string) => [{ title: "Only", lines: [{ speaker: "Maya", text }] }];

describe("createScriptVersion", () => {
  it("numbers versions 1..n with no gap and no duplicate when the pipeline and editors save at once", async () => {
    const episode = await episodeIn(ws, ws.users.editor, "AWAITING_SCRIPT_APPROVAL");
    const host = (await ws.db.host.findFirstOrThrow({ where: { showId: ws.show.id } })).name;
    const edits = Array.from({ length: 8 }, (_, i) =>
      saveScriptVersion(
        ws.db,
        episode.id,
        { segments: [{ title: "Only", lines: [{ speaker: host, text: `Edit ${i}` }] }] },
        ws.users.editor,
      ),
    );
    const pipeline = Array.from({ length: 8 }, (_, i) =>
      ws.db.$transaction((tx) =>
        createScriptVersion(tx, episode.id, { authorKind: "PIPELINE", segments: segments(`Draft ${i}`) }),
      ),
    );
    const saved = await Promise.allSettled([...edits, ...pipeline]);
    expect(saved.filter((s) => s.status === "rejected")).toEqual([]);
    const versions = await ws.db.scriptVersion.findMany({
      where: { episodeId: episode.id },
      orderBy: { version: "asc" },
      select: { version: true, authorKind: true },
    });
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(versions.filter((v) => v.authorKind === "USER")).toHaveLength(8);
  });

  it("numbers each episode on its own", async () => {
    const a = await episodeIn(ws, ws.users.editor, "RUNNING");
    const b = await episodeIn(ws, ws.users.editor, "RUNNING");
    const first = await ws.db.$transaction((tx) =>
      createScriptVersion(tx, a.id, { authorKind: "PIPELINE", segments: segments("A") }, { version: true }),
    );
    const other = await ws.db.$transaction((tx) =>
      createScriptVersion(tx, b.id, { authorKind: "PIPELINE", segments: segments("B") }, { version: true }),
    );
    const second = await ws.db.$transaction((tx) =>
      createScriptVersion(tx, a.id, { authorKind: "PIPELINE", segments: segments("A2") }, { version: true }),
    );
    expect([first.version, other.version, second.version]).toEqual([1, 1, 2]);
  });

  it("cannot store the same number twice for an episode (the unique constraint holds without the lock too)", async () => {
    const episode = await episodeIn(ws, ws.users.editor, "RUNNING");
    await ws.db.scriptVersion.create({
      data: { episodeId: episode.id, version: 1, authorKind: "PIPELINE", segments: segments("One") },
    });
    await expect(
      ws.db.scriptVersion.create({
        data: { episodeId: episode.id, version: 1, authorKind: "PIPELINE", segments: segments("Again") },
      }),
    ).rejects.toThrow();
  });
});
