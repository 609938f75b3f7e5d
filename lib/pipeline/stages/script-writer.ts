import type { StageModule } from "../types";
import type { Script } from "@/lib/domain/script";
import { callWriter, writerContext } from "../call-writer";
import type { PlanOutput } from "./episode-planner";
import type { SynthesisOutput } from "./research-synthesis";

export type ScriptOutput = Script & { guidanceApplied: string | null };

export const scriptWriter: StageModule<ScriptOutput> = {
  key: "script-writer",
  async run(ctx) {
    const script = await callWriter(ctx, "writeScript", {
      ...writerContext(ctx),
      topic: ctx.episode.topic,
      plan: ctx.outputs["episode-planner"] as PlanOutput,
      brief: ctx.outputs["research-synthesis"] as SynthesisOutput,
      guidance: ctx.guidance,
    });
    return { ...script, guidanceApplied: ctx.guidance };
  },
};
