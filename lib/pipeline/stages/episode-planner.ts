import type { StageModule } from "../types";
import { episodePlanSchema, type EpisodePlan } from "@/lib/domain/episode-plan";
import { callWriter, writerContext } from "../call-writer";
import { requireOutput } from "../require-output";

export type PlanOutput = EpisodePlan;

export const episodePlanner: StageModule<"episode-planner", PlanOutput> = {
  key: "episode-planner",
  input: ["research-synthesis"],
  output: episodePlanSchema,
  run(ctx) {
    const brief = requireOutput(ctx, "research-synthesis");
    return callWriter(ctx, "planEpisode", {
      ...writerContext(ctx),
      topic: ctx.episode.topic,
      brief,
      format: ctx.episode.format,
      hosts: ctx.show.hosts.slice(0, Math.max(1, ctx.episode.speakerCount)).map((h) => h.name),
      targetMinutes: ctx.episode.targetMinutes,
    });
  },
};
