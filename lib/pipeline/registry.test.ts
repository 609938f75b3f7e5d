import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { defaultStages } from "./registry";
import { parseStageOutput, StageOutputInvalidError } from "./parse-stage-output";
import type { StageModule } from "./types";

const isStageModule = (value: unknown): value is StageModule =>
  typeof value === "object" && value !== null && "key" in value && "run" in value && "output" in value;

/** Every stage module exported from lib/pipeline/stages, whatever the registry says. */
async function exportedModules(): Promise<StageModule[]> {
  const dir = path.join(import.meta.dirname, "stages");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const modules = await Promise.all(
    files.map(async (f) => Object.values(await import(path.join(dir, f))).filter(isStageModule)),
  );
  return modules.flat();
}

describe("the stage contract", () => {
  it("has exactly one stage module for every stage key, registered under its own key", async () => {
    const modules = await exportedModules();
    for (const key of STAGE_KEYS) {
      expect(
        modules.filter((m) => m.key === key),
        key,
      ).toHaveLength(1);
      expect(defaultStages[key].key).toBe(key);
      expect(modules).toContain(defaultStages[key]);
    }
    expect(modules).toHaveLength(STAGE_KEYS.length);
  });

  it("lets a stage read only the outputs of stages that run before it", () => {
    for (const key of STAGE_KEYS) {
      for (const read of defaultStages[key].input)
        expect(STAGE_KEYS.indexOf(read), `${key} reads ${read}`).toBeLessThan(STAGE_KEYS.indexOf(key));
    }
  });

  it("refuses a malformed memoized output with the stage's name and where it is wrong", () => {
    const discovery = {
      passages: [{ sourceId: "s1", title: "Sleep", text: "Sleep helps.", start: 0, score: 1 }],
      angles: ["Sleep"],
    };
    expect(parseStageOutput(defaultStages, "research-discovery", discovery)).toEqual(discovery);
    const malformed = { ...discovery, passages: [{ ...discovery.passages[0], start: "0" }] };
    expect(() => parseStageOutput(defaultStages, "research-discovery", malformed)).toThrow(StageOutputInvalidError);
    expect(() => parseStageOutput(defaultStages, "research-discovery", malformed)).toThrow(
      /^The research-discovery stage's output does not match its schema \(passages\.0\.start: /,
    );
    expect(() => parseStageOutput(defaultStages, "qa-brand-consistency", null)).toThrow(
      /^The qa-brand-consistency stage's output does not match its schema \(\(the output\): /,
    );
  });

  it("reads an audio validation stored before MOS existed as having no MOS", () => {
    const stored = {
      checks: [],
      passed: true,
      notRun: ["wer"],
      storageKey: "episodes/ep-1/audio/v1.mp3",
      measurements: {
        integratedLufs: -16,
        truePeakDbtp: -1.5,
        clippedRuns: 0,
        longestSilenceSec: 0.4,
        durationSec: 60,
        wer: null,
        segments: null,
      },
      plannedDurationSec: 60,
      thresholds: {
        targetLufs: -16,
        lufsTolerance: 1,
        maxTruePeakDbtp: -1,
        maxClippedRuns: 0,
        maxDeadAirSec: 2,
        durationTolerance: 0.15,
        maxWer: 0.15,
        silentSegmentLufs: -50,
        minSegmentSec: 0.5,
      },
      sqi: {
        name: "Speech Quality Index (SQI)",
        value: 4.9,
        formula: "SQI",
        penalties: { loudness: 0, truePeak: 0, clipping: 0, deadAir: 0, wer: null },
      },
      transcriber: "none",
      transcript: null,
    };
    expect(parseStageOutput(defaultStages, "audio-validator", stored).mos).toBeNull();
  });
});
