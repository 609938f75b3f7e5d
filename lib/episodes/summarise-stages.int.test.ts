import { describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace } from "@/test/episodes-workspace";
import { summariseStages } from "./summarise-stages";

describe("summariseStages", () => {
  it("summarises each stage that ran: runs, attempts and time from its runs, cost from the ledger, and the hosted estimate", async () => {
    const ws = await episodesWorkspace();
    try {
      const episode = await episodeIn(ws, ws.users.producer, "READY");
      const run = await ws.db.pipelineRun.create({ data: { episodeId: episode.id, reason: "create" } });
      const stageRun = (stage: string, iteration: number, attempt: number, durationMs: number) =>
        ws.db.stageRun.create({
          data: {
            pipelineRunId: run.id,
            episodeId: episode.id,
            stage,
            iteration,
            attempt,
            durationMs,
            status: "SUCCEEDED",
          },
        });
      const writer = [await stageRun("script-writer", 1, 2, 1_000), await stageRun("script-writer", 2, 1, 500)];
      const speech = await stageRun("audio-synthesizer", 1, 1, 3_000);
      const charge = (
        stageRunId: string,
        stage: string,
        provider: string,
        amount: string,
        projectedAmount: string | null,
      ) =>
        ws.db.costEntry.create({
          data: {
            idempotencyKey: `${stageRunId}:${amount}:${provider}`,
            episodeId: episode.id,
            stageRunId,
            stage,
            provider,
            model: "m",
            unit: "character",
            quantity: "1",
            unitPrice: amount,
            amount,
            projectedAmount,
          },
        });
      // A hosted call costs what it costs (no projection); offline calls cost $0 and project their hosted price.
      await charge(writer[0]!.id, "script-writer", "anthropic", "0.120000", null);
      await charge(writer[1]!.id, "script-writer", "offline", "0", "0.030000");
      await charge(speech.id, "audio-synthesizer", "offline", "0", "0.450000");

      const stages = await summariseStages(ws.db, episode.id);
      expect(stages.map((s) => ({ ...s, cost: s.cost.toFixed(4), projectedCost: s.projectedCost.toFixed(4) }))).toEqual(
        [
          {
            key: "script-writer",
            label: expect.any(String),
            runs: 2,
            attempts: 3,
            durationMs: 1_500,
            cost: "0.1200",
            projectedCost: "0.1500",
          },
          {
            key: "audio-synthesizer",
            label: expect.any(String),
            runs: 1,
            attempts: 1,
            durationMs: 3_000,
            cost: "0.0000",
            projectedCost: "0.4500",
          },
        ],
      );
    } finally {
      await ws.db.$disconnect();
    }
  });
});
