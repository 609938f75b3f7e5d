import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import type { ContentJudgeResult } from "@/lib/domain/content-judgement";
import { episode, goodQualityInputs } from "@/lib/quality/assessment/episode.fixture";
import { assessQuality } from "@/lib/quality/assessment/assess-quality";
import { qaQualityAssessment } from "./quality-stages";

describe("the quality assessment's record", () => {
  it("stores the content judge's rubric and reasons with the assessment, and the content score they changed", async () => {
    const { db } = await freshDatabase();
    await seedDemoWorkspace(db);
    const show = await db.show.findFirstOrThrow();
    const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
    const { id: episodeId } = await db.episode.create({
      data: { showId: show.id, createdById: producer.id, title: "Judged", topic: "Judged", budget: "5" },
    });
    const { id: pipelineRunId } = await db.pipelineRun.create({ data: { episodeId } });
    const contentJudge: ContentJudgeResult = {
      status: "scored",
      model: "qwen2.5:7b",
      judgement: {
        engagement: { score: 6, reason: "Stock questions from the co-host." },
        clarity: { score: 8, reason: "Easy to follow." },
        accuracy: { score: 4, reason: "Says 20 percent where the replication found 6." },
      },
    };
    const { audio, sqi } = episode();
    const assessment = assessQuality({ ...goodQualityInputs, audio, sqi, contentJudge });
    const output = qaQualityAssessment.output.parse({
      score: assessment.overall,
      passed: true,
      detail: "",
      assessment,
    });

    await db.$transaction((tx) => qaQualityAssessment.persist!(tx, { episodeId, pipelineRunId }, output));

    const row = await db.qualityAssessment.findFirstOrThrow({ where: { episodeId } });
    expect(row.contentEngagement).toBe(8.7); // 0.7 × 9.8 measured + 0.3 × 6
    const details = row.details as { contentJudge?: unknown; dimensions: { key: string; inputs: object }[] };
    expect(details.contentJudge).toEqual(contentJudge);
    expect(details.dimensions.find((d) => d.key === "content-engagement")!.inputs).toMatchObject({
      measured: 9.8,
      judgeRubric: 6,
    });
    await db.$disconnect();
  });
  it("stores research accuracy empty, not as a zero, when it measured nothing", async () => {
    const { db } = await freshDatabase();
    await seedDemoWorkspace(db);
    const show = await db.show.findFirstOrThrow();
    const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
    const { id: episodeId } = await db.episode.create({
      data: { showId: show.id, createdById: producer.id, title: "Own script", topic: "Own script", budget: "5" },
    });
    const { id: pipelineRunId } = await db.pipelineRun.create({ data: { episodeId } });
    const { audio, sqi } = episode();
    const research = {
      ...goodQualityInputs.research,
      claimsSupported: 0,
      claimsUnsupported: 0,
      claimsContradicted: 0,
      keyPoints: 0,
      keyPointsWithCitations: 0,
      scriptFacts: undefined,
      researched: false,
    };
    const assessment = assessQuality({ ...goodQualityInputs, audio, sqi, research });
    expect(assessment.dimensions.find((d) => d.key === "research-accuracy")!.notMeasured).toBeTruthy();
    const output = qaQualityAssessment.output.parse({
      score: assessment.overall,
      passed: true,
      detail: "",
      assessment,
    });

    await db.$transaction((tx) => qaQualityAssessment.persist!(tx, { episodeId, pipelineRunId }, output));

    const row = await db.qualityAssessment.findFirstOrThrow({ where: { episodeId } });
    expect(row.researchAccuracy).toBeNull();
    expect(row.overall).toBe(assessment.overall);
    expect(row.brandConsistency).toBeGreaterThan(0);
    await db.$disconnect();
  });
});
