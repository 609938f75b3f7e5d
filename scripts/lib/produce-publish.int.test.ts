import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { makeFeedReady, readyEpisode, renderMasterMp3 } from "@/test/published-episode";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { feedNotReadyForPublish, publishProduced } from "./produce-publish";

let ws: EpisodesWorkspace;
let storage: AudioStorage;
let mp3: Buffer;
beforeAll(async () => {
  ws = await episodesWorkspace();
  storage = createLocalStorage(await mkdtemp(path.join(tmpdir(), "produce-publish-")));
  mp3 = await renderMasterMp3();
});
afterAll(() => ws?.db.$disconnect());

describe("npm run produce -- --publish", () => {
  it("refuses before producing while the show's feed lacks settings, listing each", async () => {
    const message = await feedNotReadyForPublish(ws.db, ws.show.id);
    expect(message).toMatch(/^--publish: the feed of ".+" is not ready\. Fill these in the show's feed settings/);
    expect(message).toContain("  - Set the public address of the studio: ");
    expect(message).toContain("  - Upload the show's artwork (");
    await makeFeedReady(ws.db, storage, ws.show.id, "https://podcasts.example.org/");
    expect(await feedNotReadyForPublish(ws.db, ws.show.id)).toBeNull();
  });

  it("publishes the Ready episode as an editor and gives the feed's and the enclosure's URLs", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3);
    const result = await publishProduced(ws.db, storage, episode.id, {});
    const row = await ws.db.publication.findUniqueOrThrow({ where: { episodeId: episode.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", decidedById: ws.users.editor.id });
    expect(result).toEqual({
      published: true,
      feedUrl: `https://podcasts.example.org/api/public/shows/${ws.show.slug}/feed.xml`,
      enclosureUrl: `https://podcasts.example.org/api/${row.audioKey}`,
    });
    const withCdn = await readyEpisode(ws, storage, ws.users.producer, mp3);
    expect(
      await publishProduced(ws.db, storage, withCdn.id, { PUBLIC_MEDIA_BASE_URL: "https://cdn.example.net" }),
    ).toMatchObject({
      enclosureUrl: expect.stringMatching(
        new RegExp(`^https://cdn\\.example\\.net/public/episodes/${withCdn.id}/\\d+-[0-9a-f]{8}/episode\\.mp3$`),
      ),
    });
  });

  it("says why when the rules refuse the episode, and publishes nothing", async () => {
    const episode = await readyEpisode(ws, storage, ws.users.producer, mp3, {
      certified: false,
      blockers: ["Loudness is -30 LUFS."],
      overridden: null,
    });
    expect(await publishProduced(ws.db, storage, episode.id, {})).toEqual({
      published: false,
      reason: expect.stringMatching(/^This episode is not certified and was approved without an override: Loudness/),
    });
    expect(await ws.db.publication.count({ where: { episodeId: episode.id } })).toBe(0);
  });
});
