import type { StageModule } from "../types";
import type { ValidationOutput } from "./research-validation";

export interface SynthesisOutput {
  keyPoints: { text: string; citations: string[] }[];
  openQuestions: string[];
  uncertainty: string;
}

export const researchSynthesis: StageModule<SynthesisOutput> = {
  key: "research-synthesis",
  async run(ctx) {
    const verdicts = (ctx.outputs["research-validation"] as ValidationOutput | undefined)?.verdicts ?? [];
    const supported = verdicts.filter((v) => v.verdict === "SUPPORTED");
    return {
      keyPoints: supported.map((v) => ({ text: v.claim, citations: [v.sourceId] })),
      openQuestions: [`What do we still not know about ${ctx.episode.topic}?`],
      uncertainty: supported.length < verdicts.length ? "Some claims could not be checked against their sources." : "",
    };
  },
};
