import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { Tier } from "@/lib/domain/budget";
import type { StageKey } from "@/lib/domain/stages";
import type { Usage } from "@/lib/domain/usage";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { createMeter } from "@/lib/costs/meter";
import { getEpisodeCosts } from "@/lib/episodes/get-episode-costs";
import { summariseStages } from "@/lib/episodes/summarise-stages";
import { listHostedEquivalents } from "@/lib/providers/list-hosted-equivalents";
import { createOfflineWriter } from "@/lib/providers/writer/create-offline-writer";
import { createElevenLabsSynthesizer } from "@/lib/providers/speech/elevenlabs-synthesizer";
import type { SpeechSynthesizer } from "@/lib/providers/speech/types";
import type { Transcriber } from "@/lib/providers/transcription/types";
import type { SearchProvider } from "@/lib/providers/search/types";
import { formatStageTable } from "./produce-progress";

// The offline adapters as the projection sees them: only their ids matter (they bill nothing).
const offline = {
  writer: createOfflineWriter(),
  speech: { id: "festival" } as SpeechSynthesizer,
  transcriber: { id: "pocketsphinx" } as Transcriber,
  search: { id: "offline" } as SearchProvider,
};
// A configuration that picks a cheaper model for one stage and other speech and transcription models.
const env = {
  LLM_MODEL_SCRIPT_WRITER: "claude-haiku-4-5",
  ELEVENLABS_MODEL: "eleven_flash_v2_5",
  OPENAI_TRANSCRIPTION_MODEL: "whisper-1",
};

const writer = (input: number, output: number): Usage[] => [
  { provider: "offline", model: "offline-writer", unit: "input_token", quantity: input },
  { provider: "offline", model: "offline-writer", unit: "output_token", quantity: output },
];

/**
 * An offline episode's calls by stage, and what each stage projects at the default list prices, by hand:
 * Sonnet $3/$15 per million tokens in/out, Haiku $1/$5, Tavily $0.008 a search, ElevenLabs Flash $0.05 per thousand
 * characters, Whisper $0.006 a minute.
 */
const CALLS: { stage: StageKey; tier: Tier; usage: Usage[]; projected: string }[] = [
  {
    stage: "research-discovery",
    tier: "standard",
    usage: Array(3).fill({ provider: "offline", model: "bm25", unit: "request", quantity: 1 }),
    projected: "0.0240", // 3 × 0.008
  },
  // A hosted call in the same episode projects what it was charged: 1,000 Sonnet input tokens.
  {
    stage: "research-deep-dive",
    tier: "standard",
    usage: [{ provider: "anthropic", model: "claude-sonnet-4-5", unit: "input_token", quantity: 1000 }],
    projected: "0.0030",
  },
  { stage: "research-synthesis", tier: "standard", usage: writer(10_000, 2_000), projected: "0.0600" }, // Sonnet 0.03 + 0.03
  { stage: "episode-planner", tier: "economy", usage: writer(5_000, 1_000), projected: "0.0100" }, // Haiku 0.005 + 0.005
  { stage: "script-writer", tier: "standard", usage: writer(10_000, 4_000), projected: "0.0300" }, // Haiku 0.01 + 0.02
  {
    stage: "audio-synthesizer",
    tier: "standard",
    usage: [
      { provider: "festival", model: "cmu_us_slt_arctic_hts", unit: "character", quantity: 1500 },
      { provider: "flite", model: "rms", unit: "character", quantity: 500 },
    ],
    projected: "0.1000", // 2,000 × 0.00005
  },
  {
    stage: "audio-validator",
    tier: "standard",
    usage: [{ provider: "pocketsphinx", model: "en-us", unit: "minute", quantity: 2.5 }],
    projected: "0.0150", // 2.5 × 0.006
  },
];

let db: Db;
let episodeId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  const show = await db.show.findFirstOrThrow();
  const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
  const episode = await db.episode.create({
    data: { showId: show.id, createdById: producer.id, title: "Projected", topic: "Projected", budget: "5.00" },
  });
  episodeId = episode.id;
  const run = await db.pipelineRun.create({ data: { episodeId } });
  const hostedEquivalents = listHostedEquivalents(offline, env);
  for (const { stage, tier, usage } of CALLS) {
    const stageRun = await db.stageRun.create({ data: { pipelineRunId: run.id, episodeId, stage, durationMs: 10 } });
    const meter = createMeter(
      db,
      { episodeId, stageRunId: stageRun.id, stage, attempt: 1, tier },
      { hostedEquivalents },
    );
    for (const u of usage) await meter.charge(u);
  }
}, 60_000);

describe("projected hosted costs", () => {
  it("projects every offline usage, speech and transcription included, at the configured hosted models' prices", async () => {
    const studio = await getEpisodeCosts(db, episodeId);
    expect(Object.fromEntries(studio.stages.filter((s) => s.calls > 0).map((s) => [s.key, s.projected]))).toEqual(
      Object.fromEntries(CALLS.map((c) => [c.stage, c.projected])),
    );
    expect(studio.total).toBe("0.0030");
    expect(studio.projected).toBe("0.2420");
    // The episode's running figure (the dashboard's average, the episode page) is the same sum.
    expect((await db.episode.findUniqueOrThrow({ where: { id: episodeId } })).projectedCost.toString()).toBe("0.242");
    const speech = await db.costEntry.findFirstOrThrow({ where: { episodeId, provider: "festival" } });
    expect([speech.amount.toString(), speech.projectedAmount?.toString()]).toEqual(["0", "0.075"]);
  });

  it("means the same by projected in the studio's Costs tab and the command line's Hosted est. column", async () => {
    const [studio, cli] = await Promise.all([getEpisodeCosts(db, episodeId), summariseStages(db, episodeId)]);
    expect(cli.map((s) => [s.key, s.projectedCost.toFixed(4)])).toEqual(
      studio.stages.filter((s) => s.calls > 0).map((s) => [s.key, s.projected]),
    );
    const table = formatStageTable(cli);
    expect(table).toMatch(/Synthesis .* \$0\.0600$/m);
    expect(table).toMatch(/Total .* \$0\.0030 +\$0\.2420$/m);
  });

  it("bills ElevenLabs the words of a line, not the pause tags sent with them", async () => {
    const episode = await db.episode.findUniqueOrThrow({ where: { id: episodeId } });
    const other = await db.episode.create({
      data: {
        showId: episode.showId,
        createdById: episode.createdById,
        title: "Pauses",
        topic: "Pauses",
        budget: "5.00",
      },
    });
    const run = await db.pipelineRun.create({ data: { episodeId: other.id } });
    const stage = "audio-synthesizer";
    const stageRun = await db.stageRun.create({ data: { pipelineRunId: run.id, episodeId: other.id, stage } });
    const speech = createElevenLabsSynthesizer({ apiKey: "k" });
    const line = { text: 'Sleep &amp; memory. <break time="400ms"/> Next.', markup: "ssml" as const };
    const [usage] = speech.estimate({ ...line, voice: { localVoice: "slt", hostedVoice: "v" } });
    await createMeter(db, { episodeId: other.id, stageRunId: stageRun.id, stage, attempt: 1 }).charge(usage!);
    const entry = await db.costEntry.findFirstOrThrow({ where: { episodeId: other.id } });
    // "Sleep & memory. Next." is 21 characters at $0.0001 (Multilingual v2); the break tag sent is not billed.
    expect([entry.quantity.toString(), entry.amount.toString(), entry.projectedAmount]).toEqual(["21", "0.0021", null]);
    expect((await getEpisodeCosts(db, other.id)).projected).toBe("0.0021");
  });
});
