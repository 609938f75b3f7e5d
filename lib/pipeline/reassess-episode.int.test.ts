import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { overrideClaimVerdict, revertClaimVerdict } from "@/lib/episodes/override-claim-verdict";
import { excludeSource } from "@/lib/episodes/exclude-source";
import { getEpisodeResearch } from "@/lib/episodes/get-episode-research";
import { createOfflineSearch } from "@/lib/providers/search/offline-search";
import type { QualityAssessment } from "@/lib/quality/assessment/assess-quality";
import type { Certification } from "@/lib/quality/assessment/certify";
import type { CertificationReport } from "@/lib/quality/assessment/certification-report";
import { loadStageContext } from "./load-stage-context";
import { certifyEpisode } from "./certify-episode";
import { reassessEpisode } from "./reassess-episode";
import { defaultStages } from "./registry";
import type { StageProviders } from "./types";
import { TEST_OVERRIDE } from "@/test/final-override";

// The library source: an earlier episode of the same show, on the same topic, so research retrieves it.
const LIBRARY = {
  title: "Sleep research digest",
  content:
    "Sleep and memory: a 2021 review of sleep studies found that sleep after learning improved memory in most of the 40 experiments it read. " +
    "Memory for new words benefits most from a full night of sleep, the review found. " +
    "Sleep deprivation before learning reduced the ability to form new memories by about 40 percent in one experiment.",
};

let h: PipelineHarness;
let episodeId: string;
let librarySourceId: string;
const providers = async () => ({ transcriber: { available: false } }) as unknown as StageProviders;

const latestAssessment = async () =>
  (await h.db.qualityAssessment.findFirstOrThrow({ where: { episodeId }, orderBy: { createdAt: "desc" } }))
    .details as unknown as QualityAssessment;
const research = (a: QualityAssessment) => a.dimensions.find((d) => d.key === "research-accuracy")!;
const waitForEngine = () =>
  waitFor("the engine to wait for the decision", async () => {
    const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
  });
// The readiness gate's stored certification: what the final gate shows.
const readinessCertification = async () =>
  (
    (
      await h.db.stageRun.findFirstOrThrow({
        where: { episodeId, stage: "qa-production-readiness" },
        orderBy: { endedAt: "desc" },
      })
    ).output as unknown as { certification: Certification }
  ).certification;
const latestCertification = async () =>
  (await h.db.certification.findFirstOrThrow({ where: { episodeId }, orderBy: { createdAt: "desc" } }))
    .report as unknown as CertificationReport;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
  const show = await h.db.show.findFirstOrThrow();
  const earlier = await h.db.episode.create({
    data: { showId: show.id, createdById: h.users.producer.id, title: "Earlier episode", topic: "Sleep", budget: "1" },
  });
  librarySourceId = (
    await h.db.source.create({
      data: {
        showId: show.id,
        episodeId: earlier.id,
        kind: "TEXT",
        title: LIBRARY.title,
        content: LIBRARY.content,
        contentHash: "library-digest",
        byteSize: LIBRARY.content.length,
      },
    })
  ).id;
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 3, sources: SOURCES },
    h.users.producer,
  );
  episodeId = episode.id;
  const script = await waitFor(
    "the script gate",
    () => h.db.gate.findFirst({ where: { episodeId, kind: "SCRIPT", status: "PENDING" } }),
    180_000,
  );
  await waitForEngine();
  await decideGate(h.db, h.dispatch, episodeId, { gateId: script.id, decision: "APPROVED" }, h.users.editor);
  // The editor changes the fact check while the final decision is awaited: nothing else writes the episode then.
  await waitFor(
    "the final gate",
    () => h.db.gate.findFirst({ where: { episodeId, kind: "FINAL", status: "PENDING" } }),
    180_000,
  );
  await waitForEngine();
  expect((await h.db.episode.findUniqueOrThrow({ where: { id: episodeId } })).status).toBe("AWAITING_FINAL_APPROVAL");
}, 300_000);
afterAll(() => h?.close());

describe("an editor's control over the fact check", () => {
  it("overrides a verdict with a reason: audited, re-assessed, re-certified, and revertible", async () => {
    const before = await latestAssessment();
    const claim = await h.db.claim.findFirstOrThrow({ where: { episodeId }, orderBy: { position: "asc" } });
    // The editor disagrees with the checker, whichever way it went.
    const to = claim.verdict === "SUPPORTED" ? "UNSUPPORTED" : "SUPPORTED";
    const step = to === "SUPPORTED" ? 1 : -1;
    const reason = "The second paragraph of the source states this plainly.";

    // A producer may not; a short reason is refused.
    await expect(
      overrideClaimVerdict(h.db, { episodeId, claimId: claim.id, verdict: to, reason }, h.users.producer),
    ).rejects.toThrow(/editor/);
    await expect(
      overrideClaimVerdict(h.db, { episodeId, claimId: claim.id, verdict: to, reason: "ok" }, h.users.editor),
    ).rejects.toThrow(/at least 10/);

    await overrideClaimVerdict(h.db, { episodeId, claimId: claim.id, verdict: to, reason }, h.users.editor);
    const stored = await h.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ verdict: claim.verdict, overrideVerdict: to, overrideReason: reason });
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { episodeId, action: "claim.verdict.override" } });
    expect(audit).toMatchObject({ actorId: h.users.editor.id, entityId: claim.id });
    expect(audit.data).toMatchObject({ checker: claim.verdict, to, reason });

    const result = await reassessEpisode(h.db, defaultStages, providers, episodeId);
    expect(result.reassessed).toEqual(["qa-quality-assessment", "qa-production-readiness"]);
    // No certification is made before the final decision.
    expect(result.certified).toBeNull();

    const after = await latestAssessment();
    const [was, now] = [research(before).inputs, research(after).inputs];
    expect(now.supported).toBe(was.supported! + step);
    expect(now.verdictsOverridden).toBe(1);
    expect(Math.sign(research(after).score - research(before).score)).toBe(step);
    expect(after.verdictOverrides).toEqual([
      expect.objectContaining({ claimIndex: claim.position, checker: claim.verdict, verdict: to, reason }),
    ]);
    // The readiness gate's stored result (what the final gate shows) says so.
    const certification = await readinessCertification();
    expect(certification.warnings).toContain("1 verdict overridden by an editor.");
    const section = certification.sections.find((s) => s.title === "Editor's verdicts")!;
    expect(section.items[0]!.value).toContain(`${to.toLowerCase()} by ${h.users.editor.name}: “${reason}”`);

    await revertClaimVerdict(h.db, { episodeId, claimId: claim.id }, h.users.editor);
    expect(await h.db.auditLog.count({ where: { episodeId, action: "claim.verdict.revert" } })).toBe(1);
    await reassessEpisode(h.db, defaultStages, providers, episodeId);
    expect(research(await latestAssessment()).score).toBe(research(before).score);
    expect((await readinessCertification()).warnings).not.toContain("1 verdict overridden by an editor.");
    await expect(revertClaimVerdict(h.db, { episodeId, claimId: claim.id }, h.users.editor)).rejects.toThrow(
      /not overridden/,
    );
  });

  it("lists the library source by title and origin, and excluding it hides it from research and flips its claims", async () => {
    const listed = await getEpisodeResearch(h.db, episodeId);
    const library = listed.sources.find((s) => s.id === librarySourceId)!;
    expect(library).toMatchObject({
      title: LIBRARY.title,
      origin: { kind: "library", episodeTitle: "Earlier episode" },
      excluded: false,
    });
    expect(listed.sources.filter((s) => s.origin.kind === "episode").map((s) => s.title)).toEqual(
      SOURCES.map((s) => s.title),
    );
    const citing = listed.claims.filter((c) => c.source.id === librarySourceId);
    expect(library.claims).toBe(citing.length);
    expect(citing.length).toBeGreaterThan(0);
    // Judged against the library source itself, not refused for citing a source the checker was not shown.
    expect(citing.map((c) => c.evidence?.reason)).not.toContain("Its quote is not in the source it cites.");
    expect(citing.some((c) => c.verdict === "SUPPORTED")).toBe(true);
    const sourcesRead = async () =>
      (await loadStageContext(h.db, defaultStages, episodeId, [])).sources.map((s) => s.title).sort();
    expect(await sourcesRead()).toEqual([...SOURCES.map((s) => s.title), LIBRARY.title].sort());

    const show = await h.db.show.findFirstOrThrow();
    const search = createOfflineSearch(h.db);
    const query = { query: "How sleep shapes memory", episodeId, showId: show.id, limit: 50 };
    expect((await search.search(query)).results.some((r) => r.sourceId === librarySourceId)).toBe(true);

    await excludeSource(h.db, { episodeId, sourceId: librarySourceId, excluded: true }, h.users.editor);
    expect(
      await h.db.auditLog.count({ where: { episodeId, action: "source.exclude", entityId: librarySourceId } }),
    ).toBe(1);

    // The next research run's inputs: the stage context names the exclusion, and the search never returns it.
    const ctx = await loadStageContext(h.db, defaultStages, episodeId, []);
    expect(ctx.excludedSourceIds).toEqual([librarySourceId]);
    expect(await sourcesRead()).toEqual(SOURCES.map((s) => s.title).sort());
    const results = (await search.search({ ...query, excludeSourceIds: ctx.excludedSourceIds })).results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.sourceId === librarySourceId)).toBe(false);

    // Its claims count as unsupported, and the scores say so.
    const flipped = (await getEpisodeResearch(h.db, episodeId)).claims.filter((c) => c.source.id === librarySourceId);
    expect(flipped.every((c) => c.effective.verdict === "UNSUPPORTED" && c.effective.cause === "source-excluded")).toBe(
      true,
    );
    const before = research(await latestAssessment()).inputs;
    await reassessEpisode(h.db, defaultStages, providers, episodeId);
    const supportedFromLibrary = citing.filter((c) => c.verdict === "SUPPORTED").length;
    const after = research(await latestAssessment()).inputs;
    expect(after.claimsOfExcludedSources).toBe(citing.length);
    expect(after.supported).toBe(before.supported! - supportedFromLibrary);
    const certification = await readinessCertification();
    expect(certification.warnings).toContain(
      `${citing.length} claim${citing.length === 1 ? "" : "s"} unsupported: source excluded by an editor.`,
    );

    // Put back: audited, and the claims count as the checker said.
    await excludeSource(h.db, { episodeId, sourceId: librarySourceId, excluded: false }, h.users.editor);
    expect(await h.db.auditLog.count({ where: { episodeId, action: "source.include" } })).toBe(1);
    expect((await loadStageContext(h.db, defaultStages, episodeId, [])).excludedSourceIds).toEqual([]);
  });

  it("refuses changes and re-assessment while the pipeline runs, with the reason (409)", async () => {
    const claim = await h.db.claim.findFirstOrThrow({ where: { episodeId }, orderBy: { position: "asc" } });
    const audits = await h.db.auditLog.count({ where: { episodeId } });
    await h.db.episode.update({ where: { id: episodeId }, data: { status: "RUNNING" } });
    try {
      const reason = "The second paragraph of the source states this plainly.";
      const refused = { status: 409, message: expect.stringMatching(/the pipeline is running\.$/) };
      await expect(
        overrideClaimVerdict(h.db, { episodeId, claimId: claim.id, verdict: "SUPPORTED", reason }, h.users.editor),
      ).rejects.toMatchObject(refused);
      await expect(
        excludeSource(h.db, { episodeId, sourceId: librarySourceId, excluded: true }, h.users.editor),
      ).rejects.toMatchObject(refused);
      await expect(reassessEpisode(h.db, defaultStages, providers, episodeId)).rejects.toMatchObject(refused);
      expect(await h.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ overrideVerdict: null });
      expect(await h.db.sourceExclusion.count({ where: { episodeId } })).toBe(0);
      expect(await h.db.auditLog.count({ where: { episodeId } })).toBe(audits);
    } finally {
      await h.db.episode.update({ where: { id: episodeId }, data: { status: "AWAITING_FINAL_APPROVAL" } });
    }
  });

  it("keeps a saved override when its re-assessment fails, and a second re-assessment makes the scores follow", async () => {
    const claim = await h.db.claim.findFirstOrThrow({ where: { episodeId }, orderBy: { position: "desc" } });
    const before = await latestAssessment();
    const reason = "The editor read the source again and it says so.";
    await overrideClaimVerdict(h.db, { episodeId, claimId: claim.id, verdict: "CONTRADICTED", reason }, h.users.editor);
    const failing = async (): Promise<StageProviders> => {
      throw new Error("the providers could not be loaded");
    };
    await expect(reassessEpisode(h.db, defaultStages, failing, episodeId)).rejects.toThrow(
      "the providers could not be loaded",
    );
    expect(await h.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      overrideVerdict: "CONTRADICTED",
    });
    expect((await latestAssessment()).overall).toBe(before.overall);
    // Asked again (the studio's "Re-assess again"), the scores follow the change.
    expect(await reassessEpisode(h.db, defaultStages, providers, episodeId)).toMatchObject({ certified: null });
    expect(research(await latestAssessment()).inputs.verdictsOverridden).toBe(1);
    await revertClaimVerdict(h.db, { episodeId, claimId: claim.id }, h.users.editor);
    await reassessEpisode(h.db, defaultStages, providers, episodeId);
  });

  it("certifies again with the final gate's override only if it covers every blocker now", async () => {
    const gate = await h.db.gate.findFirstOrThrow({ where: { episodeId, kind: "FINAL", status: "PENDING" } });
    const approve = (overriddenBlockers: string[]) =>
      h.db.gate.update({
        where: { id: gate.id },
        data: {
          status: "APPROVED",
          decidedById: h.users.editor.id,
          decidedAt: new Date(),
          overrideReason: TEST_OVERRIDE.reason,
          overriddenBlockers,
        },
      });
    // Approved over an old blocker only: the certification fails for blockers the override never covered.
    await approve(["An old blocker that no longer holds."]);
    const made = await certifyEpisode(h.db, defaultStages, providers, episodeId);
    expect(made.blockers.length).toBeGreaterThan(0);
    const uncovered = await latestCertification();
    expect(uncovered.override).toBeUndefined();
    expect(uncovered.warnings).toContain(
      `The final gate's override (${h.users.editor.name}: “${TEST_OVERRIDE.reason}”) does not cover: ${made.blockers.join(" ")}`,
    );
    expect((await h.db.certification.findFirstOrThrow({ where: { id: made.id } })).overrideReason).toBeNull();

    await approve(made.blockers);
    await certifyEpisode(h.db, defaultStages, providers, episodeId);
    const covered = await latestCertification();
    expect(covered.override).toMatchObject({ reason: TEST_OVERRIDE.reason, blockers: made.blockers });
    expect(covered.warnings.some((w) => w.includes("does not cover"))).toBe(false);
  });
});
