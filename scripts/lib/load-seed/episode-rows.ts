import type { Prisma } from "@/lib/generated/prisma/client";
import Decimal from "decimal.js";
import { STAGES, type StageKey } from "@/lib/domain/stages";
import { toMoney, type Money } from "@/lib/domain/money";
import { newId, paragraph, sentence, words, type Random } from "./random";

type EpisodeStatus = Prisma.EpisodeCreateManyInput["status"] & string;

/** What one batch inserts, table by table, in an order that satisfies the foreign keys. */
export interface Rows {
  episode: Prisma.EpisodeCreateManyInput[];
  pipelineRun: Prisma.PipelineRunCreateManyInput[];
  stageRun: Prisma.StageRunCreateManyInput[];
  source: Prisma.SourceCreateManyInput[];
  claim: Prisma.ClaimCreateManyInput[];
  scriptVersion: Prisma.ScriptVersionCreateManyInput[];
  brandScore: Prisma.BrandScoreCreateManyInput[];
  audioAsset: Prisma.AudioAssetCreateManyInput[];
  qualityAssessment: Prisma.QualityAssessmentCreateManyInput[];
  certification: Prisma.CertificationCreateManyInput[];
  gate: Prisma.GateCreateManyInput[];
  costEntry: Prisma.CostEntryCreateManyInput[];
  alert: Prisma.AlertCreateManyInput[];
  auditLog: Prisma.AuditLogCreateManyInput[];
}
export const TABLES = [
  "episode",
  "pipelineRun",
  "stageRun",
  "source",
  "claim",
  "scriptVersion",
  "brandScore",
  "audioAsset",
  "qualityAssessment",
  "certification",
  "gate",
  "costEntry",
  "alert",
  "auditLog",
] as const satisfies readonly (keyof Rows)[];

export function emptyRows(): Rows {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Rows;
}

export interface SeedContext {
  shows: { id: string; hosts: string[]; budget: string }[];
  producers: string[];
  editors: string[];
  admins: string[];
  /** Price row ids by "provider/model/unit". */
  prices: Map<string, { id: string; unitPrice: Money }>;
  now: number;
}

/** Mostly finished episodes, with every other status present, as a studio a few months in would have. */
export const STATUS_WEIGHTS: Record<EpisodeStatus, number> = {
  READY: 78,
  RUNNING: 4,
  QUEUED: 1,
  AWAITING_SCRIPT_APPROVAL: 4,
  AWAITING_FINAL_APPROVAL: 4,
  NEEDS_ATTENTION: 4,
  PAUSED_BUDGET: 1,
  CANCELLED: 3,
  DRAFT: 1,
};

const SECOND = 1_000;

/** Typical durations per stage (seconds), as the offline pipeline takes on a 10-minute episode. */
const STAGE_SECONDS: Record<StageKey, [number, number]> = {
  "research-discovery": [2, 12],
  "research-deep-dive": [8, 40],
  "research-validation": [6, 30],
  "research-synthesis": [4, 20],
  "episode-planner": [3, 15],
  "script-writer": [20, 90],
  "brand-validator": [1, 8],
  "content-judge": [0.1, 1],
  "tts-optimizer": [2, 10],
  "audio-synthesizer": [60, 240],
  "audio-validator": [5, 40],
  "qa-cost-compliance": [0.1, 1],
  "qa-quality-assessment": [0.5, 3],
  "qa-brand-consistency": [0.5, 3],
  "qa-production-readiness": [0.5, 3],
};

/** Metered calls per stage: [provider, model, unit, quantity range]. About 20 per episode. */
const STAGE_CALLS: Partial<Record<StageKey, [string, string, string, [number, number]][]>> = {
  "research-discovery": [["tavily", "search", "request", [1, 3]]],
  "research-deep-dive": [
    ["anthropic", "claude-sonnet-4-5", "input_token", [8_000, 30_000]],
    ["anthropic", "claude-sonnet-4-5", "output_token", [1_000, 4_000]],
  ],
  "research-validation": [
    ["anthropic", "claude-haiku-4-5", "input_token", [6_000, 20_000]],
    ["anthropic", "claude-haiku-4-5", "output_token", [800, 2_500]],
  ],
  "research-synthesis": [
    ["anthropic", "claude-sonnet-4-5", "input_token", [4_000, 12_000]],
    ["anthropic", "claude-sonnet-4-5", "output_token", [600, 2_000]],
  ],
  "episode-planner": [
    ["anthropic", "claude-sonnet-4-5", "input_token", [3_000, 8_000]],
    ["anthropic", "claude-sonnet-4-5", "output_token", [500, 1_500]],
  ],
  "script-writer": [
    ["anthropic", "claude-sonnet-4-5", "input_token", [10_000, 25_000]],
    ["anthropic", "claude-sonnet-4-5", "output_token", [3_000, 8_000]],
  ],
  "brand-validator": [
    ["anthropic", "claude-haiku-4-5", "input_token", [4_000, 9_000]],
    ["anthropic", "claude-haiku-4-5", "output_token", [300, 900]],
  ],
  "tts-optimizer": [
    ["anthropic", "claude-haiku-4-5", "input_token", [4_000, 9_000]],
    ["anthropic", "claude-haiku-4-5", "output_token", [3_000, 8_000]],
  ],
  "audio-synthesizer": [["elevenlabs", "eleven_multilingual_v2", "character", [6_000, 14_000]]],
  "audio-validator": [["openai", "gpt-4o-mini-transcribe", "minute", [5, 15]]],
  "qa-brand-consistency": [
    ["anthropic", "claude-haiku-4-5", "input_token", [3_000, 7_000]],
    ["anthropic", "claude-haiku-4-5", "output_token", [200, 600]],
  ],
};

const TOPICS = [
  "How sleep helps memory",
  "Why batteries lose capacity",
  "The quiet revolution in weather models",
  "What error correction means for quantum computers",
  "Can forests keep up with carbon",
  "The science of habit",
  "How vaccines are tested",
  "Why ocean heat matters",
  "The history of the transistor",
  "How your phone finds its place",
  "What we know about long covid",
  "The economics of solar panels",
];

/** Appends one episode, and everything the pipeline would have stored for it, to `rows`. */
export function addEpisode(rows: Rows, ctx: SeedContext, random: Random, createdAt: Date): EpisodeStatus {
  const status = random.weighted(STATUS_WEIGHTS);
  const show = random.pick(ctx.shows);
  const episodeId = newId();
  const runId = newId();
  const producer = random.pick(ctx.producers);
  const editor = random.pick(ctx.editors);
  const topic = `${random.pick(TOPICS)}, part ${random.int(1, 40)}`;
  const targetMinutes = random.pick([3, 5, 10, 10, 15, 20]);

  // How far the pipeline got, and whether the script was rejected once (a second writer and brand iteration).
  const reached: number = {
    READY: STAGES.length,
    AWAITING_FINAL_APPROVAL: STAGES.length,
    AWAITING_SCRIPT_APPROVAL: 7,
    RUNNING: random.int(1, STAGES.length - 1),
    NEEDS_ATTENTION: random.int(1, STAGES.length),
    PAUSED_BUDGET: random.int(3, 10),
    CANCELLED: random.int(0, STAGES.length - 1),
    QUEUED: 0,
    DRAFT: 0,
  }[status];
  const revised = reached > 7 && random.chance(0.2);
  const edited = revised && random.chance(0.25);

  let clock = createdAt.getTime() + random.int(2, 30) * SECOND;
  let costTotal = toMoney(0);
  let projectedTotal = toMoney(0);
  const stageRunIds = new Map<StageKey, string>();

  const addStage = (stage: StageKey, iteration: number, stageStatus: "SUCCEEDED" | "RUNNING" | "FAILED") => {
    const id = newId();
    stageRunIds.set(stage, id);
    const [min, max] = STAGE_SECONDS[stage];
    const durationMs = Math.round(random.between(min, max) * 1000);
    const startedAt = new Date(clock);
    const done = stageStatus !== "RUNNING";
    clock += durationMs + random.int(50, 900);
    let cost = toMoney(0);
    let callIndex = 0;
    for (const [provider, model, unit, [qMin, qMax]] of STAGE_CALLS[stage] ?? []) {
      if (!done) break;
      const price = ctx.prices.get(`${provider}/${model}/${unit}`);
      const quantity = random.int(qMin, qMax);
      const unitPrice = price?.unitPrice ?? toMoney(0);
      // Rounded as the meter rounds a charge, so the episode's and stages' totals are the sums of their entries.
      const amount = unitPrice.times(quantity).toDecimalPlaces(6, Decimal.ROUND_UP);
      cost = cost.plus(amount);
      projectedTotal = projectedTotal.plus(amount);
      rows.costEntry.push({
        id: newId(),
        idempotencyKey: `${id}:1:${callIndex++}`,
        episodeId,
        stageRunId: id,
        stage,
        provider,
        model,
        unit,
        quantity: quantity.toFixed(4),
        unitPrice: unitPrice.toFixed(10),
        amount: amount.toFixed(6),
        projectedAmount: null,
        priceId: price?.id ?? null,
        createdAt: new Date(startedAt.getTime() + durationMs),
      });
    }
    costTotal = costTotal.plus(cost);
    rows.stageRun.push({
      id,
      pipelineRunId: runId,
      episodeId,
      stage,
      iteration,
      attempt: stageStatus === "FAILED" ? 5 : random.chance(0.05) ? 2 : 1,
      status: stageStatus,
      guidance: iteration > 1 ? sentence(random) : null,
      inputSummary: { topic, targetMinutes, iteration, sources: 3 },
      output: done && stageStatus === "SUCCEEDED" ? stageOutput(random, stage) : undefined,
      error: stageStatus === "FAILED" ? `Provider error after 5 attempts: ${sentence(random, 6, 12)}` : null,
      progress: stageStatus === "RUNNING" ? Number(random.next().toFixed(2)) : null,
      progressNote: stageStatus === "RUNNING" ? `line ${random.int(1, 40)} of 40` : null,
      cost: cost.toFixed(6),
      startedAt,
      endedAt: done ? new Date(startedAt.getTime() + durationMs) : null,
      durationMs: done ? durationMs : null,
    });
  };

  // Sources (the episode's own, searchable by later episodes of the show).
  const sourceIds: string[] = [];
  if (status !== "DRAFT") {
    for (let i = 0; i < 3; i++) {
      const id = newId();
      sourceIds.push(id);
      const content = paragraph(random, random.int(12, 24));
      rows.source.push({
        id,
        showId: show.id,
        episodeId,
        kind: random.pick(["TEXT", "MARKDOWN", "URL"] as const),
        title: sentence(random, 3, 7).slice(0, -1),
        url: i === 2 ? `https://example.org/articles/${id}` : null,
        content,
        contentHash: id.padEnd(64, "0").slice(0, 64),
        byteSize: content.length,
        createdAt,
      });
    }
  }

  const gateAt = (after: number) => new Date(clock + after);
  const scriptVersions: string[] = [];
  const addScript = (version: number, authorKind: "PIPELINE" | "USER") => {
    const id = newId();
    scriptVersions.push(id);
    rows.scriptVersion.push({
      id,
      episodeId,
      version,
      authorKind,
      authorId: authorKind === "USER" ? editor : null,
      segments: scriptSegments(random, show.hosts),
      note:
        version > 1
          ? authorKind === "USER"
            ? "Edited by an editor"
            : `Revised with guidance: ${sentence(random, 5, 10)}`
          : null,
      createdAt: new Date(clock),
    });
    const overall = Number(random.between(authorKind === "USER" ? 9.3 : 8.6, 9.9).toFixed(2));
    rows.brandScore.push({
      id: newId(),
      episodeId,
      showId: show.id,
      scriptVersionId: id,
      overall,
      threshold: 9.3,
      passed: overall >= 9.3,
      dimensions: ["tone", "humility", "required-phrases", "banned-phrases", "reading-grade", "structure"].map(
        (key) => ({
          key,
          score: Number(random.between(7, 10).toFixed(2)),
          threshold: 7,
          weight: Number(random.between(0.1, 0.25).toFixed(2)),
        }),
      ),
      violations: Array.from({ length: random.int(0, 4) }, () => ({
        line: random.int(1, 40),
        start: random.int(0, 40),
        end: random.int(41, 90),
        rule: random.pick(["banned-phrase", "reading-grade", "missing-humility"]),
        text: words(random, 4),
      })),
      method: "rules+llm-judge",
      createdAt: new Date(clock + 500),
    });
    return overall;
  };

  // Run the stages in order, with the gates where the pipeline waits.
  let brand = 0;
  for (let i = 0; i < reached; i++) {
    const stage = STAGES[i]!.key;
    const last = i === reached - 1;
    const stageStatus =
      last && status === "RUNNING" ? "RUNNING" : last && status === "NEEDS_ATTENTION" ? "FAILED" : "SUCCEEDED";
    addStage(stage, 1, stageStatus);
    if (stageStatus !== "SUCCEEDED") break;
    if (stage === "research-deep-dive") {
      for (let c = 0; c < 10; c++) {
        rows.claim.push({
          id: newId(),
          episodeId,
          position: c,
          sourceId: random.pick(sourceIds),
          text: sentence(random, 10, 20),
          quote: sentence(random, 12, 30),
          quoteStart: random.int(0, 800),
          quoteEnd: random.int(801, 1500),
          verdict: i + 1 < reached ? random.weighted({ SUPPORTED: 85, UNSUPPORTED: 10, CONTRADICTED: 5 }) : "PENDING",
          confidence: i + 1 < reached ? Number(random.between(0.55, 0.99).toFixed(2)) : null,
          evidence:
            i + 1 < reached
              ? {
                  reason: sentence(random),
                  items: [{ sourceId: random.pick(sourceIds), passage: sentence(random, 15, 30) }],
                }
              : undefined,
          createdAt: new Date(clock),
        });
      }
    }
    if (stage === "script-writer") addScript(1, "PIPELINE");
    if (stage === "brand-validator") {
      if (status === "AWAITING_SCRIPT_APPROVAL") {
        rows.gate.push({
          id: newId(),
          episodeId,
          pipelineRunId: runId,
          kind: "SCRIPT",
          iteration: 1,
          status: "PENDING",
          createdAt: gateAt(0),
        });
      } else if (i + 1 < reached) {
        let iteration = 1;
        if (revised) {
          rows.gate.push({
            id: newId(),
            episodeId,
            pipelineRunId: runId,
            kind: "SCRIPT",
            iteration,
            status: "REJECTED",
            comment: sentence(random),
            decidedById: editor,
            decidedAt: gateAt(random.int(10, 600) * 60 * SECOND),
            createdAt: gateAt(0),
          });
          clock += random.int(10, 600) * 60 * SECOND;
          iteration = 2;
          addStage("script-writer", 2, "SUCCEEDED");
          addScript(2, "PIPELINE");
          addStage("brand-validator", 2, "SUCCEEDED");
          if (edited) addScript(3, "USER");
        }
        rows.gate.push({
          id: newId(),
          episodeId,
          pipelineRunId: runId,
          kind: "SCRIPT",
          iteration,
          status: "APPROVED",
          decidedById: editor,
          decidedAt: gateAt(random.int(5, 300) * 60 * SECOND),
          createdAt: gateAt(0),
        });
        clock += random.int(5, 300) * 60 * SECOND;
      }
      brand = rows.brandScore.at(-1)!.overall as number;
    }
    if (stage === "audio-synthesizer")
      rows.audioAsset.push(masterAudio(random, episodeId, targetMinutes, show.hosts, new Date(clock)));
    if (stage === "qa-quality-assessment")
      rows.qualityAssessment.push(qualityAssessment(random, episodeId, runId, new Date(clock)));
  }

  if (status === "AWAITING_FINAL_APPROVAL" || status === "READY") {
    const ready = status === "READY";
    rows.gate.push({
      id: newId(),
      episodeId,
      pipelineRunId: runId,
      kind: "FINAL",
      iteration: 1,
      status: ready ? "APPROVED" : "PENDING",
      decidedById: ready ? editor : null,
      decidedAt: ready ? gateAt(random.int(5, 600) * 60 * SECOND) : null,
      createdAt: gateAt(0),
    });
    if (ready) {
      clock += random.int(5, 600) * 60 * SECOND;
      rows.certification.push({
        id: newId(),
        episodeId,
        certified: true,
        report: certificationReport(random, episodeId, topic),
        createdAt: new Date(clock),
      });
    }
  }

  const completedAt = status === "READY" || status === "CANCELLED" ? new Date(clock) : null;
  const quality =
    rows.qualityAssessment.at(-1)?.episodeId === episodeId ? (rows.qualityAssessment.at(-1)!.overall as number) : null;
  rows.episode.push({
    id: episodeId,
    showId: show.id,
    createdById: producer,
    title: topic,
    topic: `${topic}: ${sentence(random, 8, 16)}`,
    complexity: random.pick(["LOW", "MEDIUM", "MEDIUM", "HIGH"] as const),
    format: random.pick(["SOLO", "TWO_HOSTS", "TWO_HOSTS", "INTERVIEW", "PANEL"] as const),
    speakerCount: show.hosts.length,
    targetMinutes,
    status,
    statusReason:
      status === "NEEDS_ATTENTION"
        ? `A stage failed after its retries: ${sentence(random, 5, 10)}`
        : status === "PAUSED_BUDGET"
          ? "The monthly cap is reached."
          : null,
    budget: show.budget,
    costTotal: costTotal.toFixed(6),
    projectedCost: projectedTotal.toFixed(6),
    qualityScore: quality,
    brandScore: brand || null,
    startedAt: status === "DRAFT" ? null : new Date(createdAt.getTime() + 1000),
    completedAt,
    createdAt,
    updatedAt: new Date(Math.min(clock, ctx.now)),
  });
  if (status !== "DRAFT") {
    rows.pipelineRun.push({
      id: runId,
      episodeId,
      engineRunId: `run_${runId}`,
      reason: "create",
      tier: random.chance(0.05) ? "economy" : "standard",
      status:
        (
          {
            READY: "COMPLETED",
            CANCELLED: "CANCELLED",
            NEEDS_ATTENTION: "FAILED",
            RUNNING: "RUNNING",
            QUEUED: "RUNNING",
          } as Record<string, "COMPLETED" | "CANCELLED" | "FAILED" | "RUNNING">
        )[status] ?? "WAITING",
      error: status === "NEEDS_ATTENTION" ? "A stage failed after its retries." : null,
      startedAt: new Date(createdAt.getTime() + 1000),
      endedAt: completedAt,
    });
  }

  // Alerts and the audit trail.
  const alert = (kind: string, severity: "INFO" | "WARNING" | "CRITICAL", message: string, acknowledged: boolean) =>
    rows.alert.push({
      id: newId(),
      kind,
      severity,
      episodeId,
      message,
      data: { episodeId, stage: rows.stageRun.at(-1)?.stage ?? null },
      dedupeKey: `${kind}:${episodeId}`,
      acknowledgedAt: acknowledged ? new Date(clock + 3_600_000) : null,
      acknowledgedById: acknowledged ? random.pick(ctx.admins) : null,
      createdAt: new Date(clock),
    });
  if (status === "NEEDS_ATTENTION")
    alert("stage.failed", "CRITICAL", `A stage of "${topic}" failed after its retries.`, random.chance(0.6));
  if (status === "PAUSED_BUDGET")
    alert("budget.cap", "WARNING", `"${topic}" paused: the monthly cap is reached.`, false);
  if (status === "READY" && random.chance(0.1))
    alert("budget.threshold", "INFO", `"${topic}" used 80% of its budget.`, true);

  const audit = (action: string, actorId: string | null, at: number, data: Prisma.InputJsonValue) =>
    rows.auditLog.push({
      id: newId(),
      actorId,
      action,
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
      data,
      createdAt: new Date(at),
    });
  audit("episode.create", producer, createdAt.getTime(), { title: topic, showId: show.id });
  for (const g of rows.gate.filter((g) => g.episodeId === episodeId && g.decidedAt)) {
    audit(g.status === "APPROVED" ? "gate.approve" : "gate.reject", editor, (g.decidedAt as Date).getTime(), {
      gate: g.kind,
      iteration: g.iteration ?? 1,
    });
  }
  if (edited) audit("script.edit", editor, clock, { version: 3 });
  if (status === "READY") audit("episode.ready", null, clock, { costTotal: costTotal.toFixed(4) });
  if (status === "CANCELLED") audit("episode.cancel", producer, clock, { reason: "No longer needed" });
  return status;
}

function stageOutput(random: Random, stage: StageKey): Prisma.InputJsonValue {
  return {
    stage,
    summary: paragraph(random, random.int(2, 4)),
    items: Array.from({ length: random.int(3, 6) }, (_, i) => ({
      index: i,
      text: sentence(random, 6, 14),
      score: Number(random.next().toFixed(3)),
    })),
    model: "claude-sonnet-4-5",
    tokens: { input: random.int(1000, 20000), output: random.int(200, 4000) },
  };
}

function scriptSegments(random: Random, hosts: string[]): Prisma.InputJsonValue {
  return ["Cold open", "What we know", "What we don't know yet", "Recap"].map((title) => ({
    title,
    targetSeconds: random.int(60, 240),
    lines: Array.from({ length: 10 }, () => ({ speaker: random.pick(hosts), text: sentence(random, 10, 30) })),
  }));
}

function masterAudio(
  random: Random,
  episodeId: string,
  minutes: number,
  hosts: string[],
  createdAt: Date,
): Prisma.AudioAssetCreateManyInput {
  const duration = minutes * 60 * random.between(0.9, 1.1);
  const peaks: number[] = [];
  let level = 0.4;
  for (let i = 0; i < 3000; i++) {
    level = Math.min(1, Math.max(0.02, level + random.between(-0.08, 0.08)));
    peaks.push(Number((level * random.between(0.6, 1)).toFixed(4)));
  }
  const lineSeconds = duration / 40;
  const timeline = Array.from({ length: 40 }, (_, i) => ({
    segment: Math.floor(i / 10),
    line: i + 1,
    speaker: random.pick(hosts),
    text: sentence(random, 10, 30),
    start: Number((i * lineSeconds).toFixed(2)),
    end: Number(((i + 1) * lineSeconds - 0.3).toFixed(2)),
  }));
  return {
    id: newId(),
    episodeId,
    kind: "MASTER",
    storageKey: `episodes/${episodeId}/master-v1.mp3`,
    format: "mp3",
    mimeType: "audio/mpeg",
    byteSize: Math.round(duration * 16_000),
    durationMs: Math.round(duration * 1000),
    sampleRate: 44_100,
    channels: 1,
    integratedLufs: Number(random.between(-16.8, -15.2).toFixed(2)),
    truePeakDb: Number(random.between(-2.5, -1.1).toFixed(2)),
    loudnessRange: Number(random.between(3, 9).toFixed(2)),
    wer: Number(random.between(0.02, 0.12).toFixed(3)),
    peaks: { peaks: [peaks], duration: Number(duration.toFixed(2)) },
    timeline,
    createdAt,
  };
}

const QA_KEYS = [
  "research-accuracy",
  "content-engagement",
  "brand-consistency",
  "speech-readiness",
  "audio-technical",
  "cost-compliance",
];

function qualityAssessment(
  random: Random,
  episodeId: string,
  pipelineRunId: string,
  createdAt: Date,
): Prisma.QualityAssessmentCreateManyInput {
  const scores = QA_KEYS.map(() => Number(random.between(7.5, 9.9).toFixed(2)));
  const overall = Number((scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2));
  return {
    id: newId(),
    episodeId,
    pipelineRunId,
    researchAccuracy: scores[0]!,
    contentEngagement: scores[1]!,
    brandConsistency: scores[2]!,
    speechReadiness: scores[3]!,
    audioTechnical: scores[4]!,
    costCompliance: scores[5]!,
    overall,
    passed: overall >= 8.5,
    details: {
      overall,
      passed: overall >= 8.5,
      dimensions: QA_KEYS.map((key, i) => ({
        key,
        score: scores[i]!,
        threshold: 7,
        formula: sentence(random, 6, 12),
        inputs: { a: random.next(), b: random.next() },
      })),
    },
    createdAt,
  };
}

function certificationReport(random: Random, episodeId: string, topic: string): Prisma.InputJsonValue {
  return {
    certified: true,
    blockers: [],
    episode: { id: episodeId, title: topic, topic },
    sections: ["research", "content", "audio", "quality", "cost", "approvals"].map((name) => ({
      name,
      passed: true,
      checks: Array.from({ length: 5 }, () => ({
        label: sentence(random, 4, 8),
        value: Number(random.between(0, 10).toFixed(2)),
        threshold: 7,
        passed: true,
      })),
    })),
    measurements: {
      integratedLufs: -16.1,
      truePeakDbtp: -1.4,
      wer: 0.05,
      readingGrade: 8.7,
      claimsSupported: 9,
      claimsTotal: 10,
    },
    certifiedAt: new Date().toISOString(),
  };
}
