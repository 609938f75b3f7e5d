import type { StageModule } from "../types";
import type { ScriptOutput } from "./script-writer";

export interface BrandOutput {
  overall: number;
  threshold: number;
  passed: boolean;
  violations: { line: number; rule: string; text: string }[];
}

export const brandValidator: StageModule<BrandOutput> = {
  key: "brand-validator",
  async run(ctx) {
    const lines = ((ctx.outputs["script-writer"] as ScriptOutput | undefined)?.segments ?? []).flatMap((s) => s.lines);
    const violations = lines.flatMap((l, i) =>
      ctx.show.bannedPhrases
        .filter((p) => l.text.toLowerCase().includes(p.toLowerCase()))
        .map((p) => ({ line: i + 1, rule: "banned-phrase", text: p })),
    );
    const overall = Math.max(0, 10 - violations.length * 1.5);
    return { overall, threshold: ctx.show.brandThreshold, passed: overall >= ctx.show.brandThreshold, violations };
  },
};
