/**
 * `npm run bench:revoice [-- --lines 28]`: the audio stage on the configured speech engine (offline by default), for a
 * two-host episode whose lines are the sentences of bench/sources/, into a temporary take store: first a full
 * synthesis, then the same episode after a one-line edit. Prints the wall time of each, phase by phase (synthesis,
 * levelling and stitching, mastering, waveform and storing), and how many lines were synthesised and reused. Figures, not pass/fail.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";
import { DEFAULT_CALL_RETRY } from "@/lib/domain/call-retry-policy";
import { createAudioToolkit } from "@/lib/providers/audio/create-audio-toolkit";
import { createSpeechSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import { audioSynthesizer, type AudioOutput } from "@/lib/pipeline/stages/audio-synthesizer";
import type { SpeechScriptOutput } from "@/lib/pipeline/stages/tts-optimizer";
import type { StageContext, StageProviders } from "@/lib/pipeline/types";

const SOURCES = path.resolve("bench/sources");
const EDITED_LINE = 10;

/** The articles' prose sentences (headings and list markers dropped), one to a line, the hosts taking turns. */
async function episodeLines(count: number): Promise<string[]> {
  const files = (await readdir(SOURCES)).filter((f) => f.endsWith(".md")).sort();
  const prose = (await Promise.all(files.map((f) => readFile(path.join(SOURCES, f), "utf8"))))
    .join("\n")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.replace(/^[-*]\s+/, ""))
    .join(" ");
  const sentences = prose.match(/[^.!?]+[.!?]+/g)?.map((s) => s.trim()) ?? [];
  return sentences.slice(0, count);
}

function speechScript(texts: string[], engine: string, version: string): SpeechScriptOutput {
  const lines = texts.map((text, i) => ({
    segment: Math.floor(i / 6),
    line: i + 1,
    speaker: i % 2 ? "Ben" : "Ada",
    voice: { localVoice: i % 2 ? "kal" : "slt", hostedVoice: null },
    spokenText: text,
    markup: text,
  }));
  return { scriptVersionId: version, engine, markup: "plain", lines, changes: [] };
}

/** The stage's phases, as its progress notes mark them: the takes, levelling and stitching, mastering, the rest. */
const PHASES = [
  { name: "synthesis", endsAt: 0.72 },
  { name: "level + stitch", endsAt: 0.8 },
  { name: "master", endsAt: 0.95 },
  { name: "peaks + store", endsAt: Infinity },
] as const;

/** One run of the stage, timed phase by phase. */
async function voice(providers: StageProviders, script: SpeechScriptOutput, charges: Usage[]) {
  const started = performance.now();
  const marks: number[] = [];
  const ctx = {
    episode: { id: "bench-revoice", targetMinutes: 30 },
    outputs: { "tts-optimizer": script },
    meter: {
      authorize: async () => ({ holdId: "bench" }),
      charge: async (u: Usage) => (charges.push(u), new Decimal(0)),
      release: async () => undefined,
      settled: async () => undefined,
    },
    providers,
    signal: new AbortController().signal,
    callRetry: { ...DEFAULT_CALL_RETRY, onRetry: () => undefined },
    progress: (fraction: number) => {
      while (marks.length < PHASES.length - 1 && fraction >= PHASES[marks.length]!.endsAt)
        marks.push(performance.now());
    },
  } as unknown as StageContext;
  const audio: AudioOutput = await audioSynthesizer.run(ctx);
  const times = [started, ...marks, performance.now()];
  const phaseMs = PHASES.map((_, i) => times[i + 1]! - times[i]!);
  return { audio, phaseMs, totalMs: times.at(-1)! - started };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const { values } = parseArgs({ options: { lines: { type: "string", default: "28" } } });
  const count = Math.max(EDITED_LINE, Math.min(200, Number(values.lines) || 28));
  const dir = await mkdtemp(path.join(tmpdir(), "bench-revoice-"));
  try {
    const speech = await createSpeechSynthesizer(process.env);
    const providers = {
      speech,
      storage: createLocalStorage(dir),
      audioToolkit: createAudioToolkit(),
    } as unknown as StageProviders;
    const texts = await episodeLines(count);
    console.log(`Re-voice benchmark: ${texts.length} lines, two hosts, engine ${speech.id}, take store ${dir}\n`);

    const charges: Usage[] = [];
    const full = await voice(providers, speechScript(texts, speech.id, "v1"), charges);
    const fullCharges = charges.length;
    const edited = texts.map((t, i) => (i === EDITED_LINE - 1 ? `${t} That is worth saying twice.` : t));
    const revoiced = await voice(providers, speechScript(edited, speech.id, "v2"), charges);

    const row = (label: string, run: typeof full, charged: number) => [
      label,
      String(run.audio.synthesizedLines),
      String(run.audio.reusedLines),
      String(charged),
      ...run.phaseMs.map(s),
      s(run.totalMs),
      `${run.audio.durationSeconds.toFixed(1)} s`,
    ];
    const rows = [
      ["", "synthesised", "reused", "charged", ...PHASES.map((p) => p.name), "total", "episode"],
      row("full synthesis", full, fullCharges),
      row(`one-line edit (line ${EDITED_LINE})`, revoiced, charges.length - fullCharges),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
    console.log(
      `\nRe-voicing after a one-line edit took ${((100 * revoiced.totalMs) / full.totalMs).toFixed(0)}% of a full synthesis` +
        ` (${(full.totalMs / revoiced.totalMs).toFixed(1)}x faster); levelling, stitching and mastering the whole episode are redone either way.`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
