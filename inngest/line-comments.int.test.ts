import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { createLineComment } from "@/lib/episodes/create-line-comment";
import { decideGate } from "@/lib/episodes/decide-gate";
import { listLineComments } from "@/lib/episodes/list-line-comments";
import { resolveLineComment } from "@/lib/episodes/resolve-line-comment";
import { saveScriptVersion } from "@/lib/episodes/save-script-version";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { findTouchedRanges } from "@/lib/domain/find-touched-ranges";
import type { Script } from "@/lib/domain/script";

let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
});
afterAll(() => h?.close());

async function pendingGate(episodeId: string, iteration: number) {
  const gate = await waitFor(
    `script gate #${iteration}`,
    () => h.db.gate.findFirst({ where: { episodeId, kind: "SCRIPT", iteration, status: "PENDING" } }),
    60_000,
  );
  await waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
  });
  return gate;
}

const linesOf = (segments: unknown) => (segments as Script["segments"]).flatMap((s) => s.lines);

describe("line comments carried by a rejection", () => {
  it(
    "revise the commented line's neighbourhood only, are never said, and are resolved in the new version",
    { timeout: 120_000 },
    async () => {
      const show = await h.db.show.findFirstOrThrow();
      const episode = await createEpisode(
        h.db,
        h.dispatch,
        { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 3, sources: SOURCES },
        h.users.producer,
      );
      const gate = await pendingGate(episode.id, 1);
      const v1 = await h.db.scriptVersion.findFirstOrThrow({ where: { episodeId: episode.id, version: 1 } });
      const before = linesOf(v1.segments);
      // A line of the body that gives a figure: the editor wants the sample's size said next to it.
      const target = before.findIndex((l, i) => i > 3 && /\d/.test(l.text) && !l.text.endsWith("?")) + 1;
      expect(target).toBeGreaterThan(4);
      const SAY = "Say the sample was small";
      const VAGUE = "Less jargon in this one";
      const vague = target > 8 ? 3 : before.length - 2;

      await expect(
        createLineComment(
          h.db,
          episode.id,
          { version: 1, firstLine: target, lastLine: target, text: SAY },
          h.users.producer,
        ),
      ).rejects.toThrow(ForbiddenError);
      await expect(
        createLineComment(h.db, episode.id, { version: 1, firstLine: 1, lastLine: 999, text: SAY }, h.users.editor),
      ).rejects.toThrow(ConflictError);
      await expect(
        createLineComment(
          h.db,
          episode.id,
          { version: 1, firstLine: 1, lastLine: 1, text: "x".repeat(1001) },
          h.users.editor,
        ),
      ).rejects.toThrow(/at most 1000/);
      const said = await createLineComment(
        h.db,
        episode.id,
        { version: 1, firstLine: target, lastLine: target, text: SAY },
        h.users.editor,
      );
      const kept = await createLineComment(
        h.db,
        episode.id,
        { version: 1, firstLine: vague, lastLine: vague, text: VAGUE },
        h.users.editor,
      );
      expect((await listLineComments(h.db, episode.id)).open).toBe(2);
      expect(await h.db.auditLog.count({ where: { action: "script.comment", episodeId: episode.id } })).toBe(2);

      await decideGate(
        h.db,
        h.dispatch,
        episode.id,
        { gateId: gate.id, decision: "REJECTED", comment: "See my comments on the lines." },
        h.users.editor,
      );
      await pendingGate(episode.id, 2);

      const v2 = await h.db.scriptVersion.findFirstOrThrow({ where: { episodeId: episode.id, version: 2 } });
      const after = linesOf(v2.segments);
      // One line added, right after the commented one; every other line as it was, in order, byte for byte.
      expect(after).toHaveLength(before.length + 1);
      expect(after.slice(0, target)).toEqual(before.slice(0, target));
      expect(after.slice(target + 1)).toEqual(before.slice(target));
      expect(after[target]!.text).toMatch(/sample was small/i);
      expect(
        findTouchedRanges(
          { segments: v1.segments as Script["segments"] },
          { segments: v2.segments as Script["segments"] },
          [
            { firstLine: 1, lastLine: target - 1 },
            { firstLine: target, lastLine: target },
          ],
        ),
      ).toEqual([false, true]);
      const spoken = after.map((l) => l.text).join("\n");
      for (const text of [SAY, VAGUE, "See my comments"]) expect(spoken).not.toContain(text);

      const rows = await h.db.lineComment.findMany({ where: { episodeId: episode.id } });
      expect(rows.find((r) => r.id === said.id)).toMatchObject({
        status: "RESOLVED",
        resolvedInVersionId: v2.id,
        scriptVersionId: v1.id,
      });
      expect(rows.find((r) => r.id === kept.id)).toMatchObject({
        status: "OPEN",
        resolvedInVersionId: null,
        outcome: expect.stringMatching(/could not act on it in v2/),
      });
      // Shown on the version they were made on; the new version has none yet.
      expect((await listLineComments(h.db, episode.id, 1)).comments.map((c) => c.id).sort()).toEqual(
        [said.id, kept.id].sort(),
      );
      expect(await listLineComments(h.db, episode.id)).toMatchObject({ version: 2, open: 0, comments: [] });
      // A comment on an older version would reach no writer.
      await expect(
        createLineComment(h.db, episode.id, { version: 1, firstLine: 1, lastLine: 1, text: SAY }, h.users.editor),
      ).rejects.toThrow(/latest version \(v2\)/);

      // The one left open is resolved by hand: by an editor only, once, and audited.
      await expect(resolveLineComment(h.db, episode.id, { commentId: kept.id }, h.users.producer)).rejects.toThrow(
        ForbiddenError,
      );
      await resolveLineComment(h.db, episode.id, { commentId: kept.id }, h.users.editor);
      expect(await h.db.lineComment.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
        status: "RESOLVED",
        resolvedById: h.users.editor.id,
        resolvedInVersionId: null,
      });
      await expect(resolveLineComment(h.db, episode.id, { commentId: kept.id }, h.users.editor)).rejects.toThrow(
        ConflictError,
      );
      expect(await h.db.auditLog.count({ where: { action: "script.comment.resolve", entityId: kept.id } })).toBe(1);
    },
  );

  it(
    "made before an editor's save, reach the writer on the saved version's lines and are resolved in its revision",
    { timeout: 120_000 },
    async () => {
      const show = await h.db.show.findFirstOrThrow();
      const episode = await createEpisode(
        h.db,
        h.dispatch,
        { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 3, sources: SOURCES },
        h.users.producer,
      );
      const gate = await pendingGate(episode.id, 1);
      const v1 = await h.db.scriptVersion.findFirstOrThrow({ where: { episodeId: episode.id, version: 1 } });
      const before = linesOf(v1.segments);
      const target = before.findIndex((l, i) => i > 3 && /\d/.test(l.text) && !l.text.endsWith("?")) + 1;
      expect(target).toBeGreaterThan(4);
      const made = await createLineComment(
        h.db,
        episode.id,
        { version: 1, firstLine: target, lastLine: target, text: "Say the sample was small" },
        h.users.editor,
      );
      // The editor puts a line in at the top and saves: the commented line is now one further down.
      const segments = v1.segments as Script["segments"];
      const opening = { speaker: segments[0]!.lines[0]!.speaker, text: "Before we start, a quick note on sources." };
      const edited = [{ ...segments[0]!, lines: [opening, ...segments[0]!.lines] }, ...segments.slice(1)];
      await saveScriptVersion(h.db, episode.id, { segments: edited }, h.users.editor);
      const carried = await listLineComments(h.db, episode.id);
      expect(carried).toMatchObject({ version: 2, open: 1 });
      expect(carried.comments[0]).toMatchObject({ firstLine: target + 1, lastLine: target + 1, status: "OPEN" });

      await decideGate(
        h.db,
        h.dispatch,
        episode.id,
        { gateId: gate.id, decision: "REJECTED", comment: "See my comment on the line." },
        h.users.editor,
      );
      await pendingGate(episode.id, 2);

      // The writer revised v2 next to the carried comment's line, and settled it there.
      const v3 = await h.db.scriptVersion.findFirstOrThrow({ where: { episodeId: episode.id, version: 3 } });
      const after = linesOf(v3.segments);
      expect(after[0]!.text).toBe(opening.text);
      expect(after[target + 1]!.text).toMatch(/sample was small/i);
      expect(await h.db.lineComment.findUniqueOrThrow({ where: { id: carried.comments[0]!.id } })).toMatchObject({
        status: "RESOLVED",
        resolvedInVersionId: v3.id,
      });
      // The original stays on v1, pointing at where it went.
      expect(await h.db.lineComment.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
        status: "RESOLVED",
        outcome: `Carried to v2, line ${target + 1}, where it stays open.`,
      });
    },
  );
});
