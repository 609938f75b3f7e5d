import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "@/lib/domain/errors";
import { startPipelineRun } from "@/lib/pipeline/run-lifecycle";
import { defaultStages } from "@/lib/pipeline/registry";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { recordEvents } from "@/test/record-events";
import { cancelEpisode } from "./cancel-episode";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const statusOf = async (id: string) => (await ws.db.episode.findUniqueOrThrow({ where: { id } })).status;

/** A running episode with its run and a pending script gate, as the pipeline leaves one waiting for an editor. */
async function awaitingEditor() {
  const episode = await episodeIn(ws, ws.users.producer, "QUEUED");
  const { pipelineRunId } = await startPipelineRun(ws.db, defaultStages, {
    episodeId: episode.id,
    engineRunId: `run-${episode.id}`,
    reason: "create",
  });
  const gate = await ws.db.gate.create({
    data: { episodeId: episode.id, pipelineRunId, kind: "SCRIPT", iteration: 1 },
  });
  await ws.db.episode.update({ where: { id: episode.id }, data: { status: "AWAITING_SCRIPT_APPROVAL" } });
  return { episode, pipelineRunId, gate };
}

describe("cancelEpisode", () => {
  it("cancels the episode, its pending gates and its run, then cancels the pipeline once", async () => {
    const { episode, pipelineRunId, gate } = await awaitingEditor();
    // A run that misses the event still finds the episode cancelled at its next step: the write comes first.
    const events = recordEvents({ onSend: async () => expect(await statusOf(episode.id)).toBe("CANCELLED") });
    expect(await cancelEpisode(ws.db, events, episode.id, ws.users.producer, "Wrong topic")).toEqual({
      id: episode.id,
      status: "CANCELLED",
    });
    expect(events.sent).toEqual([{ name: "cancelPipeline", episodeId: episode.id }]);
    expect(await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({
      status: "CANCELLED",
      statusReason: "Wrong topic",
    });
    expect((await ws.db.gate.findUniqueOrThrow({ where: { id: gate.id } })).status).toBe("EXPIRED");
    expect((await ws.db.pipelineRun.findUniqueOrThrow({ where: { id: pipelineRunId } })).status).toBe("CANCELLED");
    expect(await ws.db.auditLog.count({ where: { action: "episode.cancel", entityId: episode.id } })).toBe(1);
  });

  it("keeps the episode cancelled and throws when the engine cannot be reached", async () => {
    const { episode } = await awaitingEditor();
    const events = recordEvents({ fail: new Error("fetch failed") });
    await expect(cancelEpisode(ws.db, events, episode.id, ws.users.producer)).rejects.toThrow("fetch failed");
    expect(events.sent).toHaveLength(1);
    expect(await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({
      status: "CANCELLED",
      statusReason: "Cancelled",
    });
  });

  it("refuses a producer another producer's episode; editors and admins may cancel any", async () => {
    const { episode } = await awaitingEditor();
    const events = recordEvents();
    await expect(cancelEpisode(ws.db, events, episode.id, ws.users.otherProducer)).rejects.toThrow(ForbiddenError);
    expect(await statusOf(episode.id)).toBe("AWAITING_SCRIPT_APPROVAL");
    expect(await ws.db.gate.count({ where: { episodeId: episode.id, status: "PENDING" } })).toBe(1);
    expect(events.sent).toEqual([]);
    await cancelEpisode(ws.db, events, episode.id, ws.users.editor);
    const another = await awaitingEditor();
    await cancelEpisode(ws.db, events, another.episode.id, ws.users.admin);
    expect(events.sent.map((e) => e.episodeId)).toEqual([episode.id, another.episode.id]);
  });

  it("refuses a finished episode, changing and sending nothing", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "READY");
    const events = recordEvents();
    await expect(cancelEpisode(ws.db, events, episode.id, ws.users.producer)).rejects.toThrow(ConflictError);
    expect(await statusOf(episode.id)).toBe("READY");
    expect(events.sent).toEqual([]);
  });
});
