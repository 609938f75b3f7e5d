import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { EPISODE_TRANSITIONS } from "@/lib/domain/episode-transitions";
import { listScriptTextErrors, parseScriptText } from "@/lib/domain/parse-script-text";
import type { Script } from "@/lib/domain/script";
import { spokenSeconds } from "@/lib/domain/spoken-length";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createScriptVersion } from "./create-script-version";
import type { EpisodeEvents } from "./episode-events";
import { createEpisodeSchema, type CreateEpisodeInput } from "./schemas";
import { startEpisode } from "./start-episode";

class BudgetNotAllowedError extends DomainError {
  constructor(message: string) {
    super(message, 422, "budget_not_allowed");
  }
}

/** A supplied script that does not parse: every problem with its line number, as the form shows them. */
export class ScriptTextRefusedError extends DomainError {
  constructor(readonly problems: string[]) {
    super(`The script was refused: ${problems.join("; ")}`, 422, "script_refused");
  }
}

/** The length a supplied script runs at the usual spoken pace, in the whole minutes an episode's target holds. */
function scriptMinutes(script: Script) {
  return Math.min(90, Math.max(1, Math.round(spokenSeconds(script) / 60)));
}

export interface CreateEpisodeOptions {
  /** Approve the episode's gates automatically when every check passes, whatever the show says (the produce CLI). */
  autoApprove?: boolean;
}

/**
 * Creates a queued episode with its sources, then requests its pipeline run (startEpisode: an unreachable engine
 * leaves it in "needs attention", ready to retry). The budget defaults to the show's (else the workspace's)
 * per-episode default; producers may go up to that default, editors and admins up to the hard cap.
 */
export async function createEpisode(
  db: Db,
  events: Pick<EpisodeEvents, "requestPipeline">,
  raw: CreateEpisodeInput | unknown,
  user: SessionUser,
  options: CreateEpisodeOptions = {},
) {
  const input = createEpisodeSchema.parse(raw);
  const show = await db.show.findUnique({
    where: { id: input.showId },
    include: { budgetPolicy: true, hosts: { orderBy: { position: "asc" }, select: { name: true } } },
  });
  if (!show) throw new NotFoundError("That show");
  // A supplied script is checked against this show's hosts here, whatever the form already checked.
  const parsed =
    input.script === undefined
      ? null
      : parseScriptText(
          input.script,
          show.hosts.map((h) => h.name),
        );
  if (parsed && !parsed.ok) throw new ScriptTextRefusedError(listScriptTextErrors(parsed.errors));
  const script = parsed?.ok ? parsed.script : null;
  const policy = show.budgetPolicy ?? (await db.budgetPolicy.findFirst({ where: { showId: null } }));
  if (!policy) throw new DomainError("No budget policy is set. Ask an admin to set one.", 422, "no_budget_policy");

  const budget = new Decimal(input.budget ?? policy.episodeDefault.toString());
  const limit = user.role === "PRODUCER" ? policy.episodeDefault : policy.episodeHardCap;
  if (budget.greaterThan(limit.toString())) {
    throw new BudgetNotAllowedError(
      user.role === "PRODUCER"
        ? `Producers can set up to $${limit.toFixed(2)} per episode; ask an editor or admin for more.`
        : `The hard cap per episode is $${limit.toFixed(2)}.`,
    );
  }

  const created = await db.$transaction(async (tx) => {
    const episode = await tx.episode.create({
      data: {
        showId: show.id,
        createdById: user.id,
        title: input.title || input.topic.slice(0, 120),
        topic: input.topic,
        complexity: input.complexity,
        format: input.format,
        speakerCount: input.speakerCount,
        // A supplied script's length is its own: the plan it is measured against is the script.
        targetMinutes: script ? scriptMinutes(script) : input.targetMinutes,
        budget: budget.toFixed(2),
        status: EPISODE_TRANSITIONS.create.to,
        autoApprove: options.autoApprove,
        sources: {
          create: input.sources.map((s) => ({
            showId: show.id,
            kind: s.kind,
            title: s.title,
            content: s.content,
            contentHash: createHash("sha256").update(s.content).digest("hex"),
            byteSize: Buffer.byteLength(s.content),
          })),
        },
      },
      select: { id: true, showId: true, title: true, status: true, budget: true },
    });
    // The producer's script is version 1, authored by them: the pipeline skips research and writing for it.
    if (script)
      await createScriptVersion(tx, episode.id, {
        authorKind: "USER",
        authorId: user.id,
        segments: script.segments as unknown as Prisma.InputJsonValue,
        note: "Supplied by the producer",
      });
    await recordAudit(tx, {
      actorId: user.id,
      action: "episode.create",
      entityType: "Episode",
      entityId: episode.id,
      episodeId: episode.id,
      data: {
        topic: input.topic,
        budget: budget.toFixed(2),
        sources: input.sources.length,
        ...(script ? { suppliedScriptLines: script.segments.flatMap((s) => s.lines).length } : {}),
      },
    });
    return episode;
  });
  return startEpisode(db, events, created, "create");
}
