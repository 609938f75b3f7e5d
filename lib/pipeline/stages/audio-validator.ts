import type { StageModule } from "../types";
import type { AudioOutput } from "./audio-synthesizer";

export interface AudioValidationOutput {
  passed: boolean;
  checks: { name: string; value: number; threshold: string; passed: boolean }[];
}

export const audioValidator: StageModule<AudioValidationOutput> = {
  key: "audio-validator",
  async run(ctx) {
    const audio = ctx.outputs["audio-synthesizer"] as AudioOutput | undefined;
    const checks = [{ name: "not empty", value: audio?.characters ?? 0, threshold: "> 0", passed: (audio?.characters ?? 0) > 0 }];
    return { passed: checks.every((c) => c.passed), checks };
  },
};
