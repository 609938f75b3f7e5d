import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageContext, StageModule } from "../types";
import { fitToPlan } from "@/lib/domain/fit-to-plan";
import { spokenSeconds } from "@/lib/domain/spoken-length";
import { mapWithLimit } from "../map-with-limit";
import { synthesizeTake } from "../speech-takes";
import { audioTimelineSchema, type AudioTimelineEntry } from "@/lib/domain/audio-timeline";
import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";

/** Silence after a line, and after the last line of a segment: a turn, then a change of subject. */
const PAUSE_BETWEEN_LINES_S = 0.35;
const PAUSE_BETWEEN_SEGMENTS_S = 0.9;
/** Lines synthesised at once: the offline engines are one process (or WASM instance) per call, one per core. */
const SYNTHESIS_CONCURRENCY = 2;

const waveformPeaksSchema = z.object({
  peaks: z.array(z.array(z.number())),
  duration: z.number(),
  buckets: z.number().optional(),
}) satisfies z.ZodType<WaveformPeaks>;

export const audioOutputSchema = z.object({
  scriptVersionId: z.string(),
  storageKey: z.string(),
  mimeType: z.literal("audio/mpeg"),
  byteSize: z.number(),
  engine: z.string(),
  /** Measured on the encoded MP3. */
  durationSeconds: z.number(),
  sampleRate: z.number(),
  channels: z.number(),
  integratedLufs: z.number(),
  truePeakDbtp: z.number(),
  loudnessRangeLu: z.number(),
  limiterCeilingDb: z.number().nullable(),
  /** Playback speed applied to fit the plan (1 = as spoken; see fitToPlan). */
  tempo: z.number(),
  encodes: z.number(),
  characters: z.number(),
  /** Lines synthesised by this run and lines whose stored take was reused (absent on outputs from before the cache). */
  synthesizedLines: z.number().optional(),
  reusedLines: z.number().optional(),
  timeline: audioTimelineSchema,
  /** Each line as synthesised, before levelling: the validator's silent-segment check reads these. */
  lines: z.array(
    z.object({
      line: z.number(),
      speaker: z.string(),
      durationSeconds: z.number(),
      integratedLufs: z.number(),
      /** The stored take's key (speech-takes.ts): the line as its host said it, before levelling. */
      takeKey: z.string().optional(),
    }),
  ),
  peaks: waveformPeaksSchema,
});
export type AudioOutput = z.infer<typeof audioOutputSchema>;

/**
 * One take per script line in its host's voice (kept in storage by what is said and how, so a retried attempt redoes
 * only the lines that failed and a re-voiced script only the lines whose speech changed; after a failure no further
 * line is started; ctx.freshLines are synthesised afresh), levelled to one loudness, stitched with pauses (fitted to the
 * plan's length when it runs long), then limited, normalised to -16 LUFS and encoded as 44.1 kHz MP3. The master goes
 * to storage under a key fixed by the script version, so a retried step overwrites rather than adds.
 */
export const audioSynthesizer: StageModule<"audio-synthesizer", AudioOutput> = {
  key: "audio-synthesizer",
  input: ["tts-optimizer", "episode-planner"],
  output: audioOutputSchema,
  async run(ctx) {
    const speech = ctx.outputs["tts-optimizer"];
    if (!speech?.lines.length) throw new Error("Nothing to say: the speech optimiser produced no lines.");
    const { speech: engine, storage, audioToolkit: toolkit } = ctx.providers;
    const total = speech.lines.length;

    return toolkit.withScratchDir("showrunner-audio", async (dir) => {
      let done = 0;
      const fresh = new Set(ctx.freshLines ?? []);
      const takes = await mapWithLimit(
        speech.lines,
        SYNTHESIS_CONCURRENCY,
        async (line, i) => {
          const take = await synthesizeTake(
            ctx,
            { text: line.markup, voice: line.voice, markup: speech.markup },
            { fresh: fresh.has(line.line) },
          );
          const file = path.join(dir, `line-${String(i).padStart(4, "0")}.${take.format}`);
          await writeFile(file, take.audio);
          ctx.progress((0.7 * ++done) / total, `Voiced line ${done} of ${total}`);
          return { file, characters: take.characters, reused: take.reused, key: take.key };
        },
        ctx.signal,
      );

      ctx.progress(0.72, "Levelling the hosts");
      const measured = await toolkit.level(takes.map((t) => ({ file: t.file })));
      const pauses = speech.lines.map((line, i) => {
        const next = speech.lines[i + 1];
        return !next ? 0 : next.segment !== line.segment ? PAUSE_BETWEEN_SEGMENTS_S : PAUSE_BETWEEN_LINES_S;
      });
      const fit = fitToPlan(
        measured.map((m) => m.durationSeconds),
        pauses,
        plannedSeconds(ctx),
      );
      const leveled = measured.map((m, i) => ({ ...m, pauseAfterSeconds: fit.pauses[i] }));
      const stitched = path.join(dir, "stitched.wav");
      await toolkit.stitch(leveled, stitched, { tempo: fit.tempo });

      ctx.progress(0.8, "Mastering to -16 LUFS");
      const master = path.join(dir, "master.mp3");
      const mastered = await toolkit.master(stitched, master);
      ctx.progress(0.95, "Drawing the waveform and storing");
      const peaks = await toolkit.readPeaks(master);
      const storageKey = `episodes/${ctx.episode.id}/audio/${speech.scriptVersionId}.mp3`;
      await storage.put(storageKey, await readFile(master), "audio/mpeg");

      // Where each line sits in the master, in the mix's own time (sped up by the tempo).
      let at = 0;
      const timeline = leveled.map((segment, i): AudioTimelineEntry => {
        const line = speech.lines[i]!;
        const start = at / fit.tempo;
        at += segment.durationSeconds;
        const entry = {
          segment: line.segment,
          line: line.line,
          speaker: line.speaker,
          text: line.spokenText,
          start: round3(start),
          end: round3(at / fit.tempo),
        };
        at += segment.pauseAfterSeconds ?? 0;
        return entry;
      });
      const { report } = mastered;
      return {
        scriptVersionId: speech.scriptVersionId,
        storageKey,
        mimeType: "audio/mpeg",
        byteSize: (await stat(master)).size,
        engine: engine.id,
        durationSeconds: report.durationSeconds,
        sampleRate: report.sampleRate,
        channels: report.channels,
        integratedLufs: report.integratedLufs,
        truePeakDbtp: report.truePeakDbtp,
        loudnessRangeLu: report.loudnessRangeLu,
        limiterCeilingDb: mastered.limiterCeilingDb,
        tempo: round3(fit.tempo),
        encodes: mastered.encodes,
        characters: takes.reduce((n, t) => n + t.characters, 0),
        synthesizedLines: takes.filter((t) => !t.reused).length,
        reusedLines: takes.filter((t) => t.reused).length,
        timeline,
        lines: leveled.map((s, i) => ({
          line: speech.lines[i]!.line,
          speaker: speech.lines[i]!.speaker,
          durationSeconds: round3(s.durationSeconds),
          integratedLufs: round3(s.integratedLufs),
          takeKey: takes[i]!.key,
        })),
        peaks,
      };
    });
  },
  async persist(tx, { episodeId }, audio) {
    // The same script version re-synthesised overwrites its file, so it replaces its row too.
    await tx.audioAsset.deleteMany({ where: { episodeId, kind: "MASTER", storageKey: audio.storageKey } });
    await tx.audioAsset.create({
      data: {
        episodeId,
        kind: "MASTER",
        storageKey: audio.storageKey,
        format: "mp3",
        mimeType: audio.mimeType,
        byteSize: audio.byteSize,
        durationMs: Math.round(audio.durationSeconds * 1000),
        sampleRate: audio.sampleRate,
        channels: audio.channels,
        integratedLufs: audio.integratedLufs,
        truePeakDb: audio.truePeakDbtp,
        loudnessRange: audio.loudnessRangeLu,
        peaks: audio.peaks as unknown as Prisma.InputJsonValue,
        timeline: audio.timeline as unknown as Prisma.InputJsonValue,
      },
    });
  },
};

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The plan's length: its segments' targets; without a plan (the producer supplied the script) the script's own, its
 * words at the usual spoken pace; else the episode's requested minutes.
 */
export function plannedSeconds(ctx: Pick<StageContext, "outputs" | "episode" | "script">): number {
  const plan = ctx.outputs["episode-planner"];
  if (plan) return plan.segments.reduce((n, s) => n + s.targetSeconds, 0);
  if (ctx.script) return spokenSeconds(ctx.script);
  return ctx.episode.targetMinutes * 60;
}
