import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode, ScriptTextRefusedError } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { parseScriptText } from "@/lib/domain/parse-script-text";
import { RESEARCH_SEQUENCE, SCRIPT_STAGE } from "@/lib/domain/stages";
import { SUPPLIED_SCRIPT_NOTE } from "@/lib/pipeline/run-lifecycle";
import { OWN_SCRIPT } from "@/test/own-script";

let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
});
afterAll(() => h?.close());

async function pendingGate(episodeId: string, kind: "SCRIPT" | "FINAL") {
  const gate = await waitFor(
    `${kind} gate`,
    () => h.db.gate.findFirst({ where: { episodeId, kind, status: "PENDING" } }),
    kind === "FINAL" ? 150_000 : 30_000,
  );
  await waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
  });
  return gate;
}

describe("an episode started from the producer's own script", () => {
  it("is refused with every problem's line number when a speaker is not a host, and nothing is created", async () => {
    const show = await h.db.show.findFirstOrThrow({ where: { slug: "signal-and-noise" } });
    const before = await h.db.episode.count();
    const refused = createEpisode(
      h.db,
      h.dispatch,
      { showId: show.id, topic: "Sleep and memory", script: `${OWN_SCRIPT}\nSam: Hello there.` },
      h.users.producer,
    );
    await expect(refused).rejects.toBeInstanceOf(ScriptTextRefusedError);
    await expect(refused).rejects.toThrow(`line 12: "Sam" is not one of the show's hosts (Maya Chen, Theo Marsh)`);
    expect(await h.db.episode.count()).toBe(before);
  });

  it(
    "skips research and writing, reaches the script gate with version 1 as written, then makes the audio",
    { timeout: 240_000 },
    async () => {
      const show = await h.db.show.findFirstOrThrow({ where: { slug: "signal-and-noise" } });
      const episode = await createEpisode(
        h.db,
        h.dispatch,
        { showId: show.id, topic: "Does sleep help memory?", sources: SOURCES, script: OWN_SCRIPT },
        h.users.producer,
      );
      const scriptGate = await pendingGate(episode.id, "SCRIPT");

      // Version 1 is the producer's, exactly the script given (host names as the show spells them).
      const versions = await h.db.scriptVersion.findMany({ where: { episodeId: episode.id } });
      expect(versions).toHaveLength(1);
      const expected = parseScriptText(OWN_SCRIPT, ["Maya Chen", "Theo Marsh"]);
      expect(expected.ok).toBe(true);
      expect(versions[0]).toMatchObject({ version: 1, authorKind: "USER", authorId: h.users.producer.id });
      expect(versions[0]!.segments).toEqual(expected.ok && expected.script.segments);

      // No research or writing ran: each is one SKIPPED row saying why; the brand score ran on version 1.
      const rows = await h.db.stageRun.findMany({ where: { episodeId: episode.id } });
      const skipped = [...RESEARCH_SEQUENCE, SCRIPT_STAGE];
      for (const key of skipped) {
        const mine = rows.filter((r) => r.stage === key);
        expect(
          mine.map((r) => [r.status, r.progressNote, Number(r.cost)]),
          key,
        ).toEqual([["SKIPPED", SUPPLIED_SCRIPT_NOTE, 0]]);
      }
      expect(await h.db.claim.count({ where: { episodeId: episode.id } })).toBe(0);
      expect(await h.db.costEntry.count({ where: { episodeId: episode.id, stage: { in: skipped } } })).toBe(0);
      const brand = await h.db.brandScore.findFirstOrThrow({ where: { episodeId: episode.id } });
      expect(brand.scriptVersionId).toBe(versions[0]!.id);
      // Its length is the script's own (about 100 words at 150 a minute), not the form's default of 10 minutes.
      expect((await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).targetMinutes).toBe(1);

      await decideGate(h.db, h.dispatch, episode.id, { gateId: scriptGate.id, decision: "APPROVED" }, h.users.editor);
      await pendingGate(episode.id, "FINAL");

      const after = await h.db.stageRun.findMany({ where: { episodeId: episode.id, status: "SUCCEEDED" } });
      expect(new Set(after.map((r) => r.stage))).toEqual(
        new Set([
          "brand-validator",
          "content-judge",
          "tts-optimizer",
          "audio-synthesizer",
          "audio-validator",
          "qa-cost-compliance",
          "qa-quality-assessment",
          "qa-brand-consistency",
          "qa-production-readiness",
        ]),
      );
      const master = await h.db.audioAsset.findFirstOrThrow({ where: { episodeId: episode.id, kind: "MASTER" } });
      expect(master.durationMs).toBeGreaterThan(10_000);
      // Research accuracy rests on the script's statements against the sources, said so in its formula.
      const assessment = await h.db.qualityAssessment.findFirstOrThrow({ where: { episodeId: episode.id } });
      const research = (
        assessment.details as { dimensions: { key: string; formula: string; inputs: Record<string, number> }[] }
      ).dimensions.find((d) => d.key === "research-accuracy")!;
      expect(research.formula).toContain("the producer supplied the script");
      expect(research.inputs.scriptStatementsSupported).toBeGreaterThanOrEqual(2);
      expect(research.inputs.scriptStatementsContradicted).toBe(0);
      expect(assessment.researchAccuracy).toBeGreaterThan(5);
    },
  );

  it("is revised by the writer on a rejection, without research: the writer's draft is iteration 2", async () => {
    const show = await h.db.show.findFirstOrThrow({ where: { slug: "signal-and-noise" } });
    const episode = await createEpisode(
      h.db,
      h.dispatch,
      { showId: show.id, topic: "Does sleep help memory?", script: OWN_SCRIPT },
      h.users.producer,
    );
    const first = await pendingGate(episode.id, "SCRIPT");
    await decideGate(
      h.db,
      h.dispatch,
      episode.id,
      {
        gateId: first.id,
        decision: "REJECTED",
        comment: "Mention that naps longer than twenty minutes can leave people groggy.",
      },
      h.users.editor,
    );
    await waitFor("the revised script's gate", () =>
      h.db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING", iteration: 2 } }),
    );
    const versions = await h.db.scriptVersion.findMany({
      where: { episodeId: episode.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.authorKind])).toEqual([
      [1, "USER"],
      [2, "PIPELINE"],
    ]);
    const writer = await h.db.stageRun.findMany({
      where: { episodeId: episode.id, stage: SCRIPT_STAGE },
      orderBy: { iteration: "asc" },
    });
    expect(writer.map((r) => [r.iteration, r.status])).toEqual([
      [1, "SKIPPED"],
      [2, "SUCCEEDED"],
    ]);
    // Still no research: the revision worked from the producer's script and the comment.
    expect(
      await h.db.stageRun.count({
        where: { episodeId: episode.id, stage: { in: [...RESEARCH_SEQUENCE] }, status: { not: "SKIPPED" } },
      }),
    ).toBe(0);
  });
});
