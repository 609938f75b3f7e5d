import type { StageModule } from "../types";
import { meteredCall, tokensOf } from "../metered-call";
import type { PlanOutput } from "./episode-planner";
import type { SynthesisOutput } from "./research-synthesis";

export interface ScriptOutput {
  segments: { title: string; lines: { speaker: string; text: string }[] }[];
  guidanceApplied: string | null;
}

export const scriptWriter: StageModule<ScriptOutput> = {
  key: "script-writer",
  run(ctx) {
    const plan = (ctx.outputs["episode-planner"] as PlanOutput | undefined)?.segments ?? [];
    const points = (ctx.outputs["research-synthesis"] as SynthesisOutput | undefined)?.keyPoints ?? [];
    const hosts = ctx.show.hosts.slice(0, Math.max(1, ctx.episode.speakerCount)).map((h) => h.name);
    const segments = plan.map((seg, i) => ({
      title: seg.title,
      lines: [
        { speaker: hosts[i % hosts.length]!, text: i === 0 ? `${ctx.show.requiredPhrases[0] ?? "Welcome"}. Today: ${ctx.episode.topic}.` : (points[i - 1]?.text ?? `Let's recap ${ctx.episode.topic}.`) },
        ...(ctx.guidance && i === 0 ? [{ speaker: hosts[0]!, text: `A note from our editor shaped this take: ${ctx.guidance}` }] : []),
      ],
    }));
    const text = segments.flatMap((s) => s.lines.map((l) => l.text)).join(" ");
    return meteredCall(
      ctx,
      [{ provider: "offline", model: "template-writer", unit: "output_token", quantity: tokensOf(text) }],
      () => ({ segments, guidanceApplied: ctx.guidance }),
    );
  },
};
