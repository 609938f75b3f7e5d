import type { StageModule } from "../types";
import type { SynthesisOutput } from "./research-synthesis";

export interface PlanOutput {
  segments: { title: string; targetSeconds: number; hosts: string[] }[];
}

export const episodePlanner: StageModule<PlanOutput> = {
  key: "episode-planner",
  async run(ctx) {
    const points = (ctx.outputs["research-synthesis"] as SynthesisOutput | undefined)?.keyPoints ?? [];
    const hosts = ctx.show.hosts.slice(0, ctx.episode.speakerCount).map((h) => h.name);
    const titles = ["Cold open", ...points.slice(0, 3).map((_, i) => `Segment ${i + 1}`), "Wrap-up"];
    const total = ctx.episode.targetMinutes * 60;
    const each = Math.floor(total / titles.length);
    return {
      segments: titles.map((title, i) => ({ title, hosts, targetSeconds: i === titles.length - 1 ? total - each * (titles.length - 1) : each })),
    };
  },
};
