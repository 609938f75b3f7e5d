import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { makeFeedReady, readyEpisode, renderMasterMp3 } from "@/test/published-episode";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import { publishedFileKey, releaseOfKey } from "@/lib/publishing/public-urls";
import { schedulePublication } from "@/lib/publishing/schedule-publication";

// The scheduled publish through the real SDK's serve() handler, woken by the offline engine at the scheduled time.
let h: PipelineHarness;
let ws: { db: PipelineHarness["db"]; show: { id: string } };
const storageDir = mkdtempSync(path.join(tmpdir(), "publish-scheduled-"));
const storage = createLocalStorage(storageDir);
let mp3: Buffer;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url, { env: { STORAGE_DIR: storageDir } });
  ws = { db: h.db, show: await h.db.show.findFirstOrThrow() };
  await makeFeedReady(h.db, storage, ws.show.id);
  mp3 = await renderMasterMp3();
}, 120_000);
afterAll(() => h?.close());

const publishes = (episodeId: string) => h.db.auditLog.count({ where: { episodeId, action: "publication.publish" } });

describe("the scheduled publish", () => {
  it("publishes when the time comes, and only at the latest time scheduled", async () => {
    const episode = await readyEpisode(ws, storage, h.users.producer, mp3);
    const first = new Date(Date.now() + 1_000);
    const second = new Date(Date.now() + 2_500);
    await schedulePublication(h.db, h.dispatch, episode.id, h.users.editor, first);
    await schedulePublication(h.db, h.dispatch, episode.id, h.users.editor, second);

    const published = await waitFor("the scheduled publish", () =>
      h.db.publication.findFirst({ where: { episodeId: episode.id, status: "PUBLISHED" } }),
    );
    expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(second.getTime());
    expect(published.decidedById).toBe(h.users.editor.id);
    expect(published.audioKey).toBe(publishedFileKey(episode.id, releaseOfKey(published.audioKey!), "episode.mp3"));
    expect(releaseOfKey(published.audioKey!)).toMatch(new RegExp(`^${published.publishedAt!.getTime()}-[0-9a-f]{8}$`));
    expect((await storage.stat(published.audioKey!))?.size).toBe(published.audioBytes);
    // Both runs have ended: the first found another time scheduled and did nothing.
    const runs = await waitFor("both runs to end", async () => {
      const all = (await h.engine.listRuns()).filter(
        (r) => r.event.name === "episode/publication.scheduled" && r.event.data?.episodeId === episode.id,
      );
      return all.length === 2 && all.every((r) => r.endedAt) && all;
    });
    expect(runs.map((r) => (r.output as { outcome: string }).outcome).sort()).toEqual(["published", "skipped"]);
    expect(await publishes(episode.id)).toBe(1);
  });
});
