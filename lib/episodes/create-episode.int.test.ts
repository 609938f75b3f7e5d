import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { NotFoundError } from "@/lib/domain/errors";
import { episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { SOURCES } from "@/test/pipeline-harness";
import { recordEvents } from "@/test/record-events";
import { createEpisode } from "./create-episode";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const input = (fields: Record<string, unknown> = {}) => ({
  showId: ws.show.id,
  topic: "How sleep shapes memory",
  targetMinutes: 1,
  sources: SOURCES,
  ...fields,
});
const episodesOf = (topic: string) => ws.db.episode.findMany({ where: { topic } });

describe("createEpisode", () => {
  it("writes the queued episode, its sources and the audit row, then requests its pipeline once", async () => {
    const events = recordEvents({
      // The run the event starts must find the episode: it is written before the event is sent.
      onSend: async (event) =>
        expect(await ws.db.episode.findUnique({ where: { id: event.episodeId } })).toMatchObject({ status: "QUEUED" }),
    });
    const episode = await createEpisode(ws.db, events, input({ topic: "Written, then requested" }), ws.users.producer);
    expect(episode).toMatchObject({
      status: "QUEUED",
      showId: ws.show.id,
      title: "Written, then requested",
      budget: expect.anything(),
    });
    expect(events.sent).toEqual([
      { name: "requestPipeline", episodeId: episode.id, showId: ws.show.id, reason: "create" },
    ]);
    const row = await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id }, include: { sources: true } });
    expect(row).toMatchObject({ createdById: ws.users.producer.id, budget: expect.anything(), autoApprove: null });
    expect(row.budget.toFixed(2)).toBe("5.00"); // the show's default
    expect(row.sources).toHaveLength(SOURCES.length);
    expect(
      await ws.db.auditLog.count({
        where: { action: "episode.create", entityId: episode.id, actorId: ws.users.producer.id },
      }),
    ).toBe(1);
  });

  it("keeps an episode whose pipeline could not be requested, in needs attention with the reason, to be retried", async () => {
    const events = recordEvents({ fail: new Error("fetch failed") });
    const episode = await createEpisode(ws.db, events, input({ topic: "The engine is down" }), ws.users.producer);
    expect(events.sent).toHaveLength(1);
    expect(episode).toMatchObject({
      status: "NEEDS_ATTENTION",
      statusReason: expect.stringContaining("could not be reached (fetch failed)"),
    });
    expect(await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).toMatchObject({
      status: "NEEDS_ATTENTION",
      statusReason: "The pipeline engine could not be reached (fetch failed). Retry when it is running.",
    });
  });

  it("lets a producer set up to the default budget, and editors and admins up to the hard cap, refusing past them", async () => {
    const events = recordEvents();
    await expect(
      createEpisode(ws.db, events, input({ topic: "Producer over", budget: 5.01 }), ws.users.producer),
    ).rejects.toThrow("Producers can set up to $5.00 per episode; ask an editor or admin for more.");
    await expect(
      createEpisode(ws.db, events, input({ topic: "Editor over", budget: 6.01 }), ws.users.editor),
    ).rejects.toThrow("The hard cap per episode is $6.00.");
    expect(await episodesOf("Producer over")).toEqual([]);
    expect(await episodesOf("Editor over")).toEqual([]);
    expect(events.sent).toEqual([]);

    const producer = await createEpisode(
      ws.db,
      events,
      input({ topic: "Producer at default", budget: 5 }),
      ws.users.producer,
    );
    const editor = await createEpisode(ws.db, events, input({ topic: "Editor at cap", budget: 6 }), ws.users.editor);
    const admin = await createEpisode(ws.db, events, input({ topic: "Admin at cap", budget: 6 }), ws.users.admin);
    expect([producer, editor, admin].map((e) => e.budget.toFixed(2))).toEqual(["5.00", "6.00", "6.00"]);
    expect(events.sent.map((e) => e.episodeId)).toEqual([producer.id, editor.id, admin.id]);
  });

  it("stores auto-approval when the caller asks for it (the produce command line)", async () => {
    const episode = await createEpisode(ws.db, recordEvents(), input({ topic: "Auto-approved" }), ws.users.producer, {
      autoApprove: true,
    });
    expect((await ws.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).autoApprove).toBe(true);
  });

  it("writes nothing and sends nothing for invalid input or an unknown show", async () => {
    const events = recordEvents();
    await expect(createEpisode(ws.db, events, input({ topic: "Hi" }), ws.users.producer)).rejects.toThrow(ZodError);
    await expect(
      createEpisode(
        ws.db,
        events,
        input({ topic: "Nowhere to go", showId: "cm0000000000000000000000" }),
        ws.users.producer,
      ),
    ).rejects.toThrow(NotFoundError);
    expect(await episodesOf("Nowhere to go")).toEqual([]);
    expect(events.sent).toEqual([]);
  });
});
