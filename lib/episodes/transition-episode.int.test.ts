import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/domain/errors";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { transitionEpisode } from "./transition-episode";

let ws: EpisodesWorkspace;
beforeAll(async () => {
  ws = await episodesWorkspace();
});

const read = (id: string) =>
  ws.db.episode.findUniqueOrThrow({ where: { id }, select: { status: true, statusReason: true } });

describe("transitionEpisode", () => {
  it("moves an episode the table allows, with the fields given", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "RUNNING");
    expect(await transitionEpisode(ws.db, episode.id, "pauseForBudget", { statusReason: "Over the cap." })).toBe(true);
    expect(await read(episode.id)).toEqual({ status: "PAUSED_BUDGET", statusReason: "Over the cap." });
  });

  it("ignores a late step after a cancellation: nothing is written", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "CANCELLED");
    expect(await transitionEpisode(ws.db, episode.id, "needAttention", { statusReason: "A stage failed." })).toBe(
      false,
    );
    expect(await transitionEpisode(ws.db, episode.id, "start")).toBe(false);
    expect((await read(episode.id)).status).toBe("CANCELLED");
  });

  it("refuses, saying what the episode is, when asked to throw", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "READY");
    const refused = transitionEpisode(ws.db, episode.id, "retry", { statusReason: null }, { refuse: "throw" });
    await expect(refused).rejects.toThrow(ConflictError);
    await expect(transitionEpisode(ws.db, episode.id, "retry", {}, { refuse: "throw" })).rejects.toThrow(
      "The episode cannot become queued: it is ready.",
    );
    expect((await read(episode.id)).status).toBe("READY");
  });
});
