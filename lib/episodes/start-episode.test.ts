import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { EPISODE_TRANSITIONS } from "@/lib/domain/episode-transitions";
import { recordEvents } from "@/test/record-events";
import { startEpisode } from "./start-episode";

/** A fake database that records the (conditional) episode updates it is asked for. */
function recordUpdates() {
  const updates: unknown[] = [];
  const updateMany = async (args: unknown) => (updates.push(args), { count: 1 });
  const db = { episode: { updateMany } } as unknown as Db;
  return { db, updates };
}

const episode = { id: "ep_1", showId: "show_1", title: "How sleep shapes memory" };

describe("startEpisode", () => {
  it("requests the pipeline once, with the reason, and leaves the queued episode as it is", async () => {
    const { db, updates } = recordUpdates();
    const events = recordEvents();
    expect(await startEpisode(db, events, episode, "retry")).toEqual({ ...episode, status: "QUEUED" });
    expect(events.sent).toEqual([{ name: "requestPipeline", episodeId: "ep_1", showId: "show_1", reason: "retry" }]);
    expect(updates).toEqual([]);
  });

  it("puts the episode in needs attention, saying why and what to do, when the engine cannot be reached", async () => {
    const { db, updates } = recordUpdates();
    const events = recordEvents({ fail: new Error("connect ECONNREFUSED 127.0.0.1:8288") });
    const statusReason =
      "The pipeline engine could not be reached (connect ECONNREFUSED 127.0.0.1:8288). Retry when it is running.";
    expect(await startEpisode(db, events, episode, "create")).toEqual({
      ...episode,
      status: "NEEDS_ATTENTION",
      statusReason,
    });
    expect(events.sent).toHaveLength(1);
    // Only from a status the table lets move to "needs attention": a cancellation in between is not undone.
    const from = [...EPISODE_TRANSITIONS.needAttention.from];
    expect(from).not.toContain("CANCELLED");
    expect(updates).toEqual([
      { where: { id: "ep_1", status: { in: from } }, data: { status: "NEEDS_ATTENTION", statusReason } },
    ]);
  });
});
