import type { Db } from "@/lib/db";
import { sumMoney, toMoney } from "@/lib/domain/money";
import { STAGE_KEYS, stageInfo, type Phase, type StageKey } from "@/lib/domain/stages";
import { scriptSchema } from "@/lib/domain/script";
import { costTargetsFor } from "@/lib/costs/cost-targets";
import type { StageContext } from "./types";
import { toStageShow } from "@/lib/shows/to-stage-show";
import type { StageRegistry } from "./registry";
import { parseStageOutputs } from "./parse-stage-output";
import { loadVerdictOverrides } from "./load-verdict-overrides";
import { loadLibrarySources } from "./load-library-sources";

/** The latest version's lines an editor wrote or changed: those not in the writer's last version before it. */
async function linesEditedSinceWriter(
  db: Db,
  episodeId: string,
  latest: { version: number; segments: unknown; authorKind: string },
): Promise<string[]> {
  if (latest.authorKind === "PIPELINE") return [];
  const writers = await db.scriptVersion.findFirst({
    where: { episodeId, authorKind: "PIPELINE", version: { lt: latest.version } },
    orderBy: { version: "desc" },
    select: { segments: true },
  });
  const texts = (segments: unknown) =>
    scriptSchema.shape.segments.parse(segments).flatMap((s) => s.lines.map((l) => l.text));
  const written = new Set(writers ? texts(writers.segments) : []);
  return [...new Set(texts(latest.segments).filter((t) => !written.has(t)))];
}

/** Reads what a stage may see: the episode, its show's brand profile, its sources and the outputs of the stages in `input`. */
export async function loadStageContext(
  db: Db,
  stages: StageRegistry,
  episodeId: string,
  input: readonly StageKey[],
): Promise<Omit<StageContext, "guidance" | "tier" | "meter" | "providers" | "progress" | "signal" | "callRetry">> {
  const episode = await db.episode.findUniqueOrThrow({
    where: { id: episodeId },
    include: {
      show: { include: { hosts: { orderBy: { position: "asc" } }, budgetPolicy: true } },
      sources: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, content: true } },
      scriptVersions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { id: true, version: true, segments: true, authorKind: true },
      },
      gates: { orderBy: { createdAt: "asc" }, include: { decidedBy: { select: { email: true } } } },
    },
  });
  // Latest successful output of each stage, across runs: a retry keeps what earlier runs produced.
  const latest = await db.stageRun.findMany({
    where: { episodeId, status: "SUCCEEDED", stage: { in: [...input] } },
    orderBy: { endedAt: "desc" },
    distinct: ["stage"],
    select: { stage: true, output: true },
  });
  const spent = await db.costEntry.groupBy({ by: ["stage"], where: { episodeId }, _sum: { amount: true } });
  const phaseTotal = (phase: Phase) =>
    sumMoney(
      spent
        .filter(
          (e) => e.stage && STAGE_KEYS.includes(e.stage as StageKey) && stageInfo(e.stage as StageKey).phase === phase,
        )
        .map((e) => e._sum.amount),
    );
  const { show } = episode;
  const costTargets = await costTargetsFor(db, show.budgetPolicy);
  const latestScript = episode.scriptVersions[0];
  const editorLines = latestScript ? await linesEditedSinceWriter(db, episodeId, latestScript) : [];
  const { excludedSourceIds, verdictOverrides } = await loadVerdictOverrides(db, episodeId);
  const library = await loadLibrarySources(db, { id: episodeId, showId: show.id }, excludedSourceIds);
  return {
    episode: {
      id: episode.id,
      title: episode.title,
      topic: episode.topic,
      complexity: episode.complexity,
      format: episode.format,
      speakerCount: episode.speakerCount,
      targetMinutes: episode.targetMinutes,
    },
    show: toStageShow(show),
    // The episode's own and the library's its research retrieved; one an editor excluded is read by no stage.
    sources: [...episode.sources.filter((s) => !excludedSourceIds.includes(s.id)), ...library],
    excludedSourceIds,
    verdictOverrides,
    script: latestScript
      ? {
          id: latestScript.id,
          version: latestScript.version,
          segments: scriptSchema.shape.segments.parse(latestScript.segments),
          editorLines,
          comments: await db.lineComment.findMany({
            where: { scriptVersionId: latestScript.id, status: "OPEN" },
            orderBy: { firstLine: "asc" },
            select: { id: true, firstLine: true, lastLine: true, text: true },
          }),
        }
      : null,
    costs: {
      research: phaseTotal("research"),
      content: phaseTotal("content"),
      audio: phaseTotal("audio"),
      total: sumMoney(spent.map((e) => e._sum.amount)),
      budget: toMoney(episode.budget),
    },
    costTargets,
    gates: episode.gates.map((g) => ({
      kind: g.kind,
      status: g.status,
      decidedBy: g.automatic ? "automatic (auto-approval policy)" : (g.decidedBy?.email ?? null),
      decidedAt: g.decidedAt,
      comment: g.comment,
    })),
    outputs: parseStageOutputs(
      stages,
      latest.map((s) => ({ stage: s.stage as StageKey, output: s.output })),
    ),
  };
}
