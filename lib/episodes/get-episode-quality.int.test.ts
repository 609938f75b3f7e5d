import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { qaQualityAssessment } from "@/lib/pipeline/stages/quality-stages";
import { episode } from "@/lib/quality/assessment/episode.fixture";
import { checkScriptFacts } from "@/lib/quality/fact-check/check-script-facts";
import { toCheckedStatements } from "@/lib/quality/fact-check/checked-statement";
import { getEpisodeQuality } from "./get-episode-quality";

let db: Db;
let showId: string;
let producerId: string;

const SOURCE = {
  sourceId: "src-naps",
  text:
    "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new " +
    "memories than rested volunteers. Most adults need between seven and nine hours of sleep a night.",
};

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  showId = (await db.show.findFirstOrThrow()).id;
  producerId = (await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } })).id;
}, 60_000);

const newEpisode = (title: string) =>
  db.episode.create({ data: { showId, createdById: producerId, title, topic: "Naps", budget: "5.00" } });

describe("getEpisodeQuality", () => {
  it("reads back each checked script line's label and passage as the quality stage stored them", async () => {
    const { id: episodeId } = await newEpisode("Checked lines");
    const run = await db.pipelineRun.create({ data: { episodeId } });
    const check = checkScriptFacts(
      {
        segments: [
          {
            title: "Naps",
            lines: [
              { speaker: "Ada", text: "Most adults need between seven and nine hours of sleep a night." },
              {
                speaker: "Sam",
                text: "In a 2017 imaging study, one night without sleep made people about 40 percent worse at forming new memories.",
              },
              { speaker: "Ada", text: "Napping every day lowers the risk of heart disease." },
            ],
          },
        ],
      },
      [SOURCE],
    );
    const scriptFacts = toCheckedStatements(check.facts, (id) =>
      id === SOURCE.sourceId ? "Sleep loss and naps" : undefined,
    );
    const { assessment } = episode({ quality: { scriptFacts } });
    // The stage's own output schema is what the engine validates before persisting.
    const output = qaQualityAssessment.output.parse({
      score: assessment.overall,
      passed: true,
      detail: "",
      assessment,
    });
    await db.$transaction((tx) => qaQualityAssessment.persist!(tx, { episodeId, pipelineRunId: run.id }, output));

    const quality = await getEpisodeQuality(db, episodeId);
    expect(quality.assessment!.scriptFacts.map((f) => [f.line, f.verdict])).toEqual([
      [1, "SUPPORTED"],
      [2, "CONTRADICTED"],
      [3, "UNSUPPORTED"],
    ]);
    expect(quality.assessment!.scriptFacts[1]).toMatchObject({
      speaker: "Sam",
      evidence: {
        sourceId: "src-naps",
        sourceTitle: "Sleep loss and naps",
        quote: expect.stringContaining("people in a 2007 imaging study were about 40 percent worse"),
      },
      reason: expect.stringContaining("2007"),
    });
  });

  it("reads an assessment stored before lines were kept, or with a malformed list, as no lines", async () => {
    const { assessment } = episode();
    for (const [title, details] of [
      ["Old row", { ...assessment }],
      [
        "Bad row",
        { ...assessment, scriptFacts: [{ line: "two", verdict: "MAYBE" }], contentJudge: { status: "maybe" } },
      ],
    ] as const) {
      const { id: episodeId } = await newEpisode(title);
      await db.qualityAssessment.create({
        data: {
          episodeId,
          researchAccuracy: 9,
          contentEngagement: 9,
          brandConsistency: 9,
          speechReadiness: 9,
          audioTechnical: 9,
          costCompliance: 9,
          overall: 9,
          passed: true,
          details: details as unknown as Prisma.InputJsonValue,
        },
      });
      const quality = await getEpisodeQuality(db, episodeId);
      expect(quality.assessment!.scriptFacts).toEqual([]);
      expect(quality.assessment!.contentJudge).toBeNull();
      expect(quality.assessment!.dimensions).toHaveLength(6);
    }
  });

  it("reads back the content judge's rubric as the quality stage stored it", async () => {
    const { id: episodeId } = await newEpisode("Judged");
    const run = await db.pipelineRun.create({ data: { episodeId } });
    const judgement = {
      engagement: { score: 6, reason: "The co-host mostly agrees." },
      clarity: { score: 8, reason: "Plain words, short lines." },
      accuracy: { score: 9, reason: "Every figure matches a source." },
    };
    const { assessment } = episode();
    const output = qaQualityAssessment.output.parse({
      score: assessment.overall,
      passed: true,
      detail: "",
      assessment: { ...assessment, contentJudge: { status: "scored", model: "judge-model", judgement } },
    });
    await db.$transaction((tx) => qaQualityAssessment.persist!(tx, { episodeId, pipelineRunId: run.id }, output));
    expect((await getEpisodeQuality(db, episodeId)).assessment!.contentJudge).toEqual({
      status: "scored",
      model: "judge-model",
      judgement,
    });
  });
});
