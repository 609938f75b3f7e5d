import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { recordEvents } from "@/test/record-events";
import { retryEpisode } from "./retry-episode";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const statusOf = async (id: string) => (await ws.db.episode.findUniqueOrThrow({ where: { id } })).status;

describe("retryEpisode", () => {
  it("queues an episode that needs attention, then requests a retry run once", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "NEEDS_ATTENTION");
    const events = recordEvents({ onSend: async () => expect(await statusOf(episode.id)).toBe("QUEUED") });
    expect(await retryEpisode(ws.db, events, episode.id, ws.users.producer)).toEqual({
      id: episode.id,
      showId: ws.show.id,
      status: "QUEUED",
    });
    expect(events.sent).toEqual([
      { name: "requestPipeline", episodeId: episode.id, showId: ws.show.id, reason: "retry" },
    ]);
    expect(await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({
      status: "QUEUED",
      statusReason: null,
    });
    expect(await ws.db.auditLog.count({ where: { action: "episode.retry", entityId: episode.id } })).toBe(1);
  });

  it("puts it back in needs attention, retryable again, when the engine cannot be reached", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "NEEDS_ATTENTION");
    const events = recordEvents({ fail: new Error("fetch failed") });
    expect(await retryEpisode(ws.db, events, episode.id, ws.users.producer)).toMatchObject({
      status: "NEEDS_ATTENTION",
    });
    expect(events.sent).toHaveLength(1);
    expect(await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({
      status: "NEEDS_ATTENTION",
      statusReason: "The pipeline engine could not be reached (fetch failed). Retry when it is running.",
    });
    await expect(retryEpisode(ws.db, recordEvents(), episode.id, ws.users.producer)).resolves.toMatchObject({
      status: "QUEUED",
    });
  });

  it("refuses a producer another producer's episode; editors and admins may retry any", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "NEEDS_ATTENTION");
    const events = recordEvents();
    await expect(retryEpisode(ws.db, events, episode.id, ws.users.otherProducer)).rejects.toThrow(ForbiddenError);
    expect(await statusOf(episode.id)).toBe("NEEDS_ATTENTION");
    expect(events.sent).toEqual([]);
    await expect(retryEpisode(ws.db, events, episode.id, ws.users.editor)).resolves.toMatchObject({ status: "QUEUED" });
    const another = await episodeIn(ws, ws.users.producer, "NEEDS_ATTENTION");
    await expect(retryEpisode(ws.db, events, another.id, ws.users.admin)).resolves.toMatchObject({ status: "QUEUED" });
    expect(events.sent.map((e) => e.episodeId)).toEqual([episode.id, another.id]);
  });

  it("refuses an episode that does not need attention, changing and sending nothing", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "RUNNING");
    const events = recordEvents();
    await expect(retryEpisode(ws.db, events, episode.id, ws.users.producer)).rejects.toThrow(ConflictError);
    expect(await statusOf(episode.id)).toBe("RUNNING");
    expect(events.sent).toEqual([]);
  });
});
