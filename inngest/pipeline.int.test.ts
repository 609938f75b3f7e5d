import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { cancelEpisode } from "@/lib/episodes/cancel-episode";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { ConflictError } from "@/lib/domain/errors";
import { saveScriptVersion } from "@/lib/episodes/save-script-version";
import { ZodError } from "zod";
import type { Script } from "@/lib/domain/script";
import { echoesGuidance } from "@/lib/text/echoes-guidance";
import { countWords } from "@/lib/text/spoken-form";
import { TEST_OVERRIDE } from "@/test/final-override";

const SENTENCE = /(?<=[.!?])\s+/;

let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
  // Offline usage costs $0 by default; a price makes the ledger's amounts visible.
  await h.db.price.create({
    data: { provider: "offline", model: "offline-writer", unit: "input_token", unitPrice: "0.00001" },
  });
});
afterAll(() => h?.close());

async function newEpisode(topic = "How sleep shapes memory", targetMinutes = 3) {
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic, targetMinutes, sources: SOURCES },
    h.users.producer,
  );
  return episode;
}

/** A pending gate whose wait the engine has registered, so a decision sent now cannot be missed. */
async function pendingGate(episodeId: string, kind: "SCRIPT" | "FINAL", iteration = 1) {
  // The final gate opens after speech, mastering and measurement: real work on two shared cores.
  const gate = await waitFor(
    `${kind} gate #${iteration}`,
    () => h.db.gate.findFirst({ where: { episodeId, kind, iteration, status: "PENDING" } }),
    kind === "FINAL" ? 150_000 : 30_000,
  );
  await waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    const engineRun = await h.engine.getRun(run.engineRunId!);
    return engineRun?.status === "waiting";
  });
  return gate;
}

async function decide(episodeId: string, gateId: string, decision: "APPROVED" | "REJECTED", comment?: string) {
  const override = decision === "APPROVED" ? TEST_OVERRIDE : undefined;
  await decideGate(h.db, h.dispatch, episodeId, { gateId, decision, comment, override }, h.users.editor);
}

const status = (id: string) => h.db.episode.findUniqueOrThrow({ where: { id } }).then((e) => e.status);

describe("the episode pipeline on the offline engine", () => {
  it(
    "runs every stage, waits at both gates, and completes when an editor approves both",
    { timeout: 240_000 },
    async () => {
      const episode = await newEpisode();
      const script = await pendingGate(episode.id, "SCRIPT");
      expect(await status(episode.id)).toBe("AWAITING_SCRIPT_APPROVAL");
      // Nothing after the gate ran while it waited.
      expect(await h.db.stageRun.count({ where: { episodeId: episode.id, stage: "tts-optimizer" } })).toBe(0);

      await decide(episode.id, script.id, "APPROVED");
      const final = await pendingGate(episode.id, "FINAL");
      await decide(episode.id, final.id, "APPROVED");
      await waitFor("READY", async () => (await status(episode.id)) === "READY");

      const runs = await h.db.stageRun.findMany({ where: { episodeId: episode.id } });
      expect(new Set(runs.map((r) => r.stage))).toEqual(new Set(STAGE_KEYS));
      expect(runs.every((r) => r.status === "SUCCEEDED" && r.durationMs !== null && r.endedAt)).toBe(true);
      const gates = await h.db.gate.findMany({ where: { episodeId: episode.id }, orderBy: { createdAt: "asc" } });
      expect(gates.map((g) => [g.kind, g.status, g.decidedById])).toEqual([
        ["SCRIPT", "APPROVED", h.users.editor.id],
        ["FINAL", "APPROVED", h.users.editor.id],
      ]);
      const pipelineRun = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId: episode.id } });
      expect(pipelineRun.status).toBe("COMPLETED");
      // Research is stored as claims quoting their sources exactly, each with a verdict.
      const claims = await h.db.claim.findMany({ where: { episodeId: episode.id }, include: { source: true } });
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((c) => c.verdict !== "PENDING")).toBe(true);
      for (const c of claims) expect(c.source.content.slice(c.quoteStart!, c.quoteEnd!)).toBe(c.quote);
      const ledger = await h.db.costEntry.findMany({ where: { episodeId: episode.id } });
      expect(ledger.length).toBeGreaterThan(0);
      const cost = ledger.reduce((sum, e) => sum + Number(e.amount), 0);
      expect(Number((await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).costTotal)).toBeCloseTo(
        cost,
        6,
      );
      expect(cost).toBeGreaterThan(0);

      // The approved script was brand-scored, its audio mastered, measured and stored, and the episode certified.
      const [version] = await h.db.scriptVersion.findMany({ where: { episodeId: episode.id } });
      const brand = await h.db.brandScore.findFirstOrThrow({ where: { episodeId: episode.id } });
      expect(brand).toMatchObject({ scriptVersionId: version!.id, passed: true, method: "rules" });
      expect((brand.dimensions as unknown[]).length).toBe(5);
      const master = await h.db.audioAsset.findFirstOrThrow({ where: { episodeId: episode.id, kind: "MASTER" } });
      expect(Math.abs(master.integratedLufs! + 16)).toBeLessThanOrEqual(1);
      expect(master.truePeakDb!).toBeLessThanOrEqual(-1);
      expect(master.durationMs).toBeGreaterThan(120_000);
      expect((master.timeline as { speaker: string }[]).map((l) => l.speaker)).toContain("Theo Marsh");
      const assessment = await h.db.qualityAssessment.findFirstOrThrow({ where: { episodeId: episode.id } });
      expect(assessment.overall).toBeGreaterThan(0);
      // Every factual line of the approved script was checked against the sources, and none contradicts them.
      const details = assessment.details as {
        dimensions: { key: string; formula: string; inputs: Record<string, number> }[];
      };
      const research = details.dimensions.find((d) => d.key === "research-accuracy")!;
      expect(research.formula).toContain("checked script statements");
      expect(research.inputs.scriptStatementsSupported).toBeGreaterThan(0);
      expect(research.inputs.scriptStatementsContradicted).toBe(0);
      // Each checked line is kept with its label and the passage it rests on, for the Quality tab.
      const facts = (assessment.details as { scriptFacts: { verdict: string; evidence: { quote: string } | null }[] })
        .scriptFacts;
      expect(facts.filter((f) => f.verdict === "SUPPORTED")).toHaveLength(research.inputs.scriptStatementsSupported!);
      expect(facts).toHaveLength(
        research.inputs.scriptStatementsSupported! +
          research.inputs.scriptStatementsUnsupported! +
          research.inputs.scriptStatementsContradicted!,
      );
      expect(facts.filter((f) => f.verdict === "SUPPORTED").every((f) => f.evidence!.quote.length > 0)).toBe(true);
      const certification = await h.db.certification.findFirstOrThrow({ where: { episodeId: episode.id } });
      const report = certification.report as {
        sections: { title: string; items: { label: string; value: string }[] }[];
        blockers: string[];
      };
      expect(report.sections.map((s) => s.title)).toEqual(["Gates", "Quality", "Audio", "Costs"]);
      expect(report.sections.find((s) => s.title === "Gates")!.items.map((i) => i.value)).toEqual([
        expect.stringContaining(`APPROVED by ${h.users.editor.email}`),
        expect.stringContaining(`APPROVED by ${h.users.editor.email}`),
      ]);
      const episodeRow = await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
      expect(episodeRow.qualityScore).toBe(assessment.overall);
      expect(episodeRow.brandScore).toBe(brand.overall);
      expect(certification.certified).toBe(report.blockers.length === 0);
      // Amounts are compared as Decimal and stored in the report as numbers of dollars, to be shown.
      const { measurements } = certification.report as { measurements: { cost: Record<string, unknown> } };
      expect(Object.keys(measurements.cost).sort()).toEqual(["audio", "budget", "content", "research", "total"]);
      expect(Object.values(measurements.cost).every((v) => typeof v === "number")).toBe(true);
    },
  );

  it("re-runs the script writer with the editor's comment after a rejection", async () => {
    const episode = await newEpisode("Why naps help");
    const first = await pendingGate(episode.id, "SCRIPT");
    await decide(episode.id, first.id, "REJECTED", "Add a caveat about the small sample size");
    await pendingGate(episode.id, "SCRIPT", 2);

    const rewrite = await h.db.stageRun.findFirstOrThrow({
      where: { episodeId: episode.id, stage: "script-writer", iteration: 2 },
    });
    expect(rewrite.guidance).toBe("Add a caveat about the small sample size");
    expect(rewrite.status).toBe("SUCCEEDED");
    const versions = await h.db.scriptVersion.findMany({
      where: { episodeId: episode.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(JSON.stringify(versions[1]!.segments)).toContain("small sample size");
    // Research is not redone for a script revision.
    expect(await h.db.stageRun.count({ where: { episodeId: episode.id, stage: "research-deep-dive" } })).toBe(1);
    expect((await h.db.gate.findFirstOrThrow({ where: { id: first.id } })).comment).toBe(
      "Add a caveat about the small sample size",
    );
  });

  it(
    "revises the editor's saved version after a rejection: both edits kept, the comment acted on and never said",
    { timeout: 120_000 },
    async () => {
      const episode = await newEpisode("Sleep and memory, revised", 3);
      const gate = await pendingGate(episode.id, "SCRIPT");
      const [v1] = await h.db.scriptVersion.findMany({ where: { episodeId: episode.id } });
      const segments = v1!.segments as Script["segments"];
      // Two hand fixes: one in the cold open, one on a line of talk in the body (what a cut in length takes first).
      const OPEN_EDIT = "Pillows count too, says our editor's cold open.";
      const BODY_EDIT = "Sleep on it, and tell us what you find.";
      const body = segments[1]!.lines.findIndex((l, j) => j > 0 && !/\d|\?$/.test(l.text));
      expect(body).toBeGreaterThan(0);
      const edited = segments.map((s, i) => ({
        ...s,
        lines: s.lines.map((l, j) =>
          i === 0 && j === 0
            ? { ...l, text: `${l.text} ${OPEN_EDIT}` }
            : i === 1 && j === body
              ? { ...l, text: `${l.text} ${BODY_EDIT}` }
              : l,
        ),
      }));
      const v2 = await saveScriptVersion(h.db, episode.id, { segments: edited }, h.users.editor);
      const before = edited.flatMap((s) => s.lines);
      // A sentence of a body line that no other line shares: the editor wants it gone.
      const texts = before.map((l) => l.text);
      const target = before.findIndex(
        (l, i) =>
          i > segments[0]!.lines.length &&
          !l.text.endsWith(BODY_EDIT) &&
          l.text.split(SENTENCE).length >= 2 &&
          texts.filter((t) => t.includes(l.text.split(SENTENCE).at(-1)!)).length === 1,
      );
      expect(target).toBeGreaterThan(0);
      const dropped = before[target]!.text.split(SENTENCE).at(-1)!;
      const words = (lines: { text: string }[]) => lines.reduce((n, l) => n + countWords(l.text), 0);
      const minutes = Math.floor((words(before) * 0.6) / 15) / 10;
      const comment = `Please drop "${dropped}" Keep it under ${minutes} minutes. Keep my edits.`;

      await decide(episode.id, gate.id, "REJECTED", comment);
      await pendingGate(episode.id, "SCRIPT", 2);

      const v3 = await h.db.scriptVersion.findFirstOrThrow({
        where: { episodeId: episode.id, version: v2.version + 1 },
      });
      expect(v3).toMatchObject({ authorKind: "PIPELINE", note: `Revised with guidance: ${comment}` });
      const after = (v3.segments as Script["segments"]).flatMap((s) => s.lines);
      // Both edits kept, byte for byte.
      expect(after[0]!.text.endsWith(OPEN_EDIT)).toBe(true);
      expect(after.some((l) => l.text.endsWith(BODY_EDIT))).toBe(true);
      // Within the length asked for, the phrase gone, and no line says the comment or that there was one.
      expect(words(after)).toBeLessThanOrEqual(minutes * 150);
      expect(after.some((l) => l.text.includes(dropped))).toBe(false);
      expect(after.filter((l) => echoesGuidance(l.text, comment))).toEqual([]);
      expect(after.some((l) => /\beditor\b|keep my edits|minutes\b/i.test(l.text.replace(OPEN_EDIT, "")))).toBe(false);
      // Only what the comment asks changed: the rest are the edited version's lines, in order, byte for byte; the
      // line with the phrase lost that sentence only (unless the cut took it whole).
      const expected = before.map((l, i) =>
        i === target ? { ...l, text: l.text.slice(0, -dropped.length).trim() } : l,
      );
      let k = 0;
      for (const l of after) {
        while (k < expected.length && JSON.stringify(expected[k]) !== JSON.stringify(l)) k++;
        expect(expected[k], `"${l.text}" is not a line of the edited version`).toEqual(l);
        k++;
      }
      expect(after.length).toBeLessThan(before.length);
      // The revision started from the editor's version: research and planning were not redone.
      expect(await h.db.stageRun.count({ where: { episodeId: episode.id, stage: "episode-planner" } })).toBe(1);
    },
  );

  it("takes an editor's edit as the version that is scored and spoken", { timeout: 240_000 }, async () => {
    const episode = await newEpisode("Sleep and memory, edited", 1);
    const gate = await pendingGate(episode.id, "SCRIPT");
    const [v1] = await h.db.scriptVersion.findMany({ where: { episodeId: episode.id } });
    const segments = v1!.segments as { title: string; lines: { speaker: string; text: string }[] }[];
    const edited = segments.map((s, i) =>
      i === 0
        ? {
            ...s,
            lines: [...s.lines, { speaker: s.lines[0]!.speaker, text: "Our editor added this line about pillows." }],
          }
        : s,
    );

    await expect(saveScriptVersion(h.db, episode.id, { segments: [] }, h.users.editor)).rejects.toThrow(ZodError);
    const stranger = segments.map((s) => ({ ...s, lines: [{ speaker: "Nobody", text: "Hi." }] }));
    await expect(saveScriptVersion(h.db, episode.id, { segments: stranger }, h.users.editor)).rejects.toThrow(
      /one of the show's hosts/,
    );
    const v2 = await saveScriptVersion(h.db, episode.id, { segments: edited }, h.users.editor);
    expect(v2.version).toBe(2);

    await decide(episode.id, gate.id, "APPROVED");
    await pendingGate(episode.id, "FINAL");
    const rescored = await h.db.stageRun.findFirstOrThrow({
      where: { episodeId: episode.id, stage: "brand-validator", iteration: 2 },
    });
    expect((rescored.output as { scriptVersionId: string }).scriptVersionId).toBe(v2.id);
    const brandScores = await h.db.brandScore.findMany({
      where: { episodeId: episode.id },
      orderBy: { createdAt: "asc" },
    });
    // v2 is scored by the rules when saved, then again by the stage before audio.
    expect(brandScores.map((b) => b.scriptVersionId)).toEqual([v1!.id, v2.id, v2.id]);
    const master = await h.db.audioAsset.findFirstOrThrow({ where: { episodeId: episode.id, kind: "MASTER" } });
    expect(master.storageKey).toContain(v2.id);
    expect((master.timeline as { text: string }[]).map((l) => l.text)).toContain(
      "Our editor added this line about pillows.",
    );
    // Once the script is approved, it is no longer open to edits.
    await expect(saveScriptVersion(h.db, episode.id, { segments: edited }, h.users.editor)).rejects.toThrow(
      ConflictError,
    );
  });

  it("cancels a waiting run; a late decision cannot revive it", async () => {
    const episode = await newEpisode("Cancel me");
    const gate = await pendingGate(episode.id, "SCRIPT");
    await cancelEpisode(h.db, h.dispatch, episode.id, h.users.producer);
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId: episode.id } });
    await waitFor(
      "the engine to cancel the run",
      async () => (await h.engine.getRun(run.engineRunId!))?.status === "cancelled",
    );
    await expect(
      decideGate(h.db, h.dispatch, episode.id, { gateId: gate.id, decision: "APPROVED" }, h.users.editor),
    ).rejects.toThrow(ConflictError);
    expect(await status(episode.id)).toBe("CANCELLED");
    expect((await h.db.pipelineRun.findFirstOrThrow({ where: { id: run.id } })).status).toBe("CANCELLED");
  });

  it("survives an engine restart while waiting for approval", { timeout: 240_000 }, async () => {
    const episode = await newEpisode("Restart while waiting", 1);
    const gate = await pendingGate(episode.id, "SCRIPT");
    await h.restartEngine();
    await decide(episode.id, gate.id, "APPROVED");
    const final = await pendingGate(episode.id, "FINAL");
    await decide(episode.id, final.id, "APPROVED");
    await waitFor("READY after the restart", async () => (await status(episode.id)) === "READY");
    expect(await h.db.stageRun.count({ where: { episodeId: episode.id, stage: "research-discovery" } })).toBe(1);
  });
});
