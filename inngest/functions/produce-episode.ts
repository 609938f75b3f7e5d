import { NonRetriableError, RetryAfterError, type Inngest } from "inngest";
import type { Db } from "@/lib/db";
import type { PipelineConfig } from "@/lib/config";
import {
  AUDIO_SEQUENCE,
  JUDGE_STAGE,
  QA_STAGES,
  RESEARCH_SEQUENCE,
  SCORE_STAGE,
  SCRIPT_STAGE,
  type StageKey,
} from "@/lib/domain/stages";
import { onBudgetExceeded, type Tier } from "@/lib/domain/budget";
import type { StageRegistry } from "@/lib/pipeline/registry";
import { EpisodeCancelledError, runStage } from "@/lib/pipeline/run-stage";
import { certifyEpisode } from "@/lib/pipeline/certify-episode";
import { brandGuidance } from "@/lib/pipeline/brand-guidance";
import { RateLimitedError } from "@/lib/providers/errors";
import { assertProvidersReady, ProvidersNotReadyError } from "@/lib/providers/check-providers-ready";
import type { StageProviders } from "@/lib/pipeline/types";
import type { BrandOutput } from "@/lib/pipeline/stages/brand-validator";
import { parseStageOutput, StageOutputInvalidError } from "@/lib/pipeline/parse-stage-output";
import { getBudgetPolicy } from "@/lib/costs/get-budget-policy";
import { parseDuration } from "@/lib/engine/duration";
import { expireGate, readGateDecision, recheckGate, type GateDecision } from "@/lib/pipeline/read-gate-decision";
import {
  completeRun,
  latestScriptVersionId,
  markNeedsAttention,
  openGate,
  pauseForBudget,
  resumeRun,
  setRunTier,
  skipStages,
  startPipelineRun,
  SUPPLIED_SCRIPT_NOTE,
  SUPPLIED_SCRIPT_SKIPS,
} from "@/lib/pipeline/run-lifecycle";
import { budgetResumed, episodeCancelled, gateDecided, pipelineRequested } from "../events";

export interface PipelineDeps {
  db: Db;
  stages: StageRegistry;
  /** Resolved on first use: creating adapters probes the machine (installed voices, ffmpeg). */
  providers: () => Promise<StageProviders>;
  config: PipelineConfig;
  /** This process's budget-hold owner id (lib/costs/hold-owner.ts), so a crash's holds are released at the next start. */
  holdOwner?: string;
}

/** A stage output that does not match its stage's schema is a bug a retry cannot mend: the run stops, naming the stage. */
function notRetriedIfInvalid(error: unknown): never {
  if (error instanceof StageOutputInvalidError) throw new NonRetriableError(error.message);
  throw error;
}

/** Decision events for a still-pending gate a run tolerates before it stops for a person to look (each is audited). */
export const MAX_IGNORED_GATE_EVENTS = 10;

const RETRIES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] as const;

/**
 * The episode pipeline: one durable step per stage (stage logic lives in lib/pipeline), two editor gates, and
 * the brief's failure policy. Steps are memoized by the engine, so this function body is replayed on every call
 * and must stay deterministic: all I/O happens inside step.run.
 */
export function createProduceEpisode(client: Inngest, { db, stages, providers, config, holdOwner }: PipelineDeps) {
  const faults = config.stageFaults;

  return client.createFunction(
    {
      id: "produce-episode",
      name: "Produce an episode",
      triggers: [pipelineRequested],
      retries: RETRIES[Math.min(20, config.stepRetries)],
      concurrency: [
        { limit: config.maxRunningEpisodes },
        { limit: config.maxRunningPerShow, key: "event.data.showId" },
      ],
      cancelOn: [{ event: episodeCancelled, if: "async.data.episodeId == event.data.episodeId" }],
      onFailure: async ({ event, error, step }) => {
        await step.run("mark-needs-attention", () =>
          markNeedsAttention(db, {
            episodeId: event.data.event.data.episodeId,
            engineRunId: event.data.run_id,
            reason: `The pipeline stopped: ${error.message}. Retry the stage or cancel the episode.`,
            kind: "pipeline.failed",
          }),
        );
      },
    },
    async ({ event, step, runId, attempt }) => {
      const { episodeId, reason } = event.data;
      const plan = await step.run("start-run", () =>
        startPipelineRun(db, stages, { episodeId, engineRunId: runId, reason }),
      );
      const { pipelineRunId } = plan;
      // Before anything is spent: every hosted model priced, every hosted provider answering its (free) health
      // check. A missing price needs a person; a failed health check is retried like any step, then needs attention.
      await step.run("check-providers", async () => {
        try {
          await assertProvidersReady(db, await providers(), { health: true });
        } catch (error) {
          if (error instanceof ProvidersNotReadyError && !error.retriable) throw new NonRetriableError(error.message);
          throw error;
        }
      });
      const policy = await step.run("load-budget-policy", () => getBudgetPolicy(db, episodeId));
      let tier: Tier = "standard";
      const iterations = new Map<string, number>();
      const next = (key: string) => {
        const n = (iterations.get(key) ?? 0) + 1;
        iterations.set(key, n);
        return n;
      };
      let pauses = 0;

      /** Runs a stage as a step, applying the budget policy; returns its output, or null if the run must stop. */
      async function stage(key: StageKey, guidance: string | null = null): Promise<{ output: unknown } | null> {
        for (;;) {
          const iteration = next(key);
          const result = await step.run(`${key}#${iteration}`, async () => {
            try {
              return await runStage(
                db,
                stages,
                providers,
                { pipelineRunId, episodeId, stage: key, iteration, attempt: attempt + 1, guidance, tier },
                { faults, callRetry: config.callRetry, holdOwner },
              );
            } catch (error) {
              if (error instanceof RateLimitedError) throw new RetryAfterError(error.message, error.retryAfterMs);
              if (error instanceof EpisodeCancelledError) throw new NonRetriableError(error.message);
              return notRetriedIfInvalid(error);
            }
          });
          if (result.ok) return { output: result.output };

          if (onBudgetExceeded(tier, policy.onExceed) === "downgrade") {
            tier = "economy";
            await step.run(`downgrade#${key}#${iteration}`, () => setRunTier(db, pipelineRunId, "economy"));
            continue;
          }
          const pause = ++pauses;
          await step.run(`pause-for-budget#${pause}`, () =>
            pauseForBudget(db, { episodeId, pipelineRunId, stage: key, pause, refusal: result }),
          );
          const resumed = await step.waitForEvent(`budget-resumed#${pause}`, {
            event: budgetResumed,
            if: `async.data.episodeId == ${JSON.stringify(episodeId)}`,
            timeout: config.budgetPauseTimeout,
          });
          if (!resumed) {
            await step.run(`budget-pause-expired#${pause}`, () =>
              markNeedsAttention(db, {
                episodeId,
                pipelineRunId,
                reason: `Paused for budget and not resumed within ${config.budgetPauseTimeout}.`,
                kind: "budget.pause.expired",
              }),
            );
            return null;
          }
          await step.run(`budget-resume#${pause}`, () => resumeRun(db, { episodeId, pipelineRunId }));
          // The loop runs the refused stage again (its next iteration), never the one after it.
        }
      }

      /**
       * Opens a gate and waits for its decision, which is read from the gate's row: the event only says the row
       * changed, and a short first wait ends with the row read again (a decision can land before the engine waits).
       * An event for a gate still pending is ignored (and audited by readGateDecision); the wait goes on until the
       * gate's deadline, for at most MAX_IGNORED_GATE_EVENTS such events. A retried openGate acts on the row it finds.
       * Returns the decision, or the reason the run stops.
       */
      async function gate(
        kind: "SCRIPT" | "FINAL",
        autoApprove: boolean,
      ): Promise<{ decision: "APPROVED" | "REJECTED"; comment: string | null } | { stop: string }> {
        const iteration = next(`gate:${kind}`);
        const k = kind.toLowerCase();
        const what = kind === "SCRIPT" ? "script" : "final";
        const opened = await step.run(`${k}-gate#${iteration}`, () =>
          openGate(db, { episodeId, pipelineRunId, kind, iteration, autoApprove }),
        );
        if (opened.status === "APPROVED" && opened.automatic) return { decision: "APPROVED", comment: null };
        const decided = async (id: string, row: { status: "APPROVED" | "REJECTED"; comment: string | null }) => {
          await step.run(`${k}-decided${id}`, () => resumeRun(db, { episodeId, pipelineRunId }));
          return { decision: row.status, comment: row.comment };
        };
        // A retried openGate whose first reply was lost: an editor may have decided in between, or the gate closed.
        if (opened.status === "APPROVED" || opened.status === "REJECTED")
          return decided(`#${iteration}`, { status: opened.status, comment: opened.comment ?? null });
        if (opened.status === "EXPIRED") {
          return { stop: await step.run(`${k}-gate-closed#${iteration}`, () => stopAtClosedGate(what)) };
        }
        // One deadline for every wait, from the row (memoized), so replays ask the engine for the same moment. A run
        // that opened its gate before the row's time was memoized keeps a plain duration.
        const openedAt = opened.createdAt ? new Date(opened.createdAt).getTime() : null;
        const deadline =
          openedAt !== null ? new Date(openedAt + parseDuration(config.gateTimeout)!) : config.gateTimeout;
        // The engine registers a wait only when the run is next called, so a decision made just before (an editor
        // clicking as soon as the gate shows, or whose event was lost) has no wait to wake: a wait that starts right
        // after the row was read is short, and when it ends the row is read again; later waits last at most
        // SHOWRUNNER_GATE_RECHECK from the last read, each ending with the row read again, until the deadline.
        const firstWait = parseDuration(config.gateFirstWait)!;
        const recheck = parseDuration(config.gateRecheck)!;
        const capped = (from: number, span: number) =>
          deadline instanceof Date && from + span < deadline.getTime() ? new Date(from + span) : deadline;
        let until = openedAt !== null ? capped(openedAt, firstWait) : deadline;
        let ignored = 0;

        for (let wait = 1; ; wait++) {
          // The first wait keeps the id it always had, so runs already waiting carry on after an upgrade.
          const id = wait === 1 ? `#${iteration}` : `#${iteration}.${wait}`;
          const woke = await step.waitForEvent(`${k}-decision${id}`, {
            event: gateDecided,
            if: `async.data.gateId == ${JSON.stringify(opened.id)}`,
            timeout: until,
          });
          const ignoredTooMany = woke !== null && ignored >= MAX_IGNORED_GATE_EVENTS;
          let row: GateDecision;
          // Set when this run expires the gate below; otherwise an expired row was closed elsewhere.
          let closedAs: string | null = null;
          if (woke && !ignoredTooMany) {
            const read = await step.run(`${k}-decision-read${id}`, async () => ({
              ...(await readGateDecision(db, { gateId: opened.id, episodeId, eventId: woke.id })),
              readAt: Date.now(),
            }));
            row = read;
            if (row.status === "PENDING") {
              ignored++;
              // The row was just read: the next wait is short again (from the memoized read time, so replays agree).
              until = typeof read.readAt === "number" ? capped(read.readAt, firstWait) : deadline;
            }
          } else if (!woke && until !== deadline) {
            // The read time is memoized with the row, so a replay asks the engine for the same next moment.
            const read = await step.run(`${k}-decision-recheck${id}`, async () => ({
              ...(await recheckGate(db, opened.id)),
              readAt: Date.now(),
            }));
            row = read;
            until = typeof read.readAt === "number" ? capped(read.readAt, recheck) : deadline;
          } else {
            closedAs = woke ? "gate-events-ignored" : "gate-timeout";
            row = await step.run(`${k}-gate-expired${id}`, async () => {
              const closed = await expireGate(db, opened.id);
              if (closed.status === "EXPIRED") {
                await markNeedsAttention(
                  db,
                  woke
                    ? {
                        episodeId,
                        pipelineRunId,
                        kind: "gate.events.ignored",
                        reason: `The ${what} approval received ${ignored + 1} decision events nobody made (see the audit log). Retry the episode to open it again.`,
                      }
                    : {
                        episodeId,
                        pipelineRunId,
                        kind: "gate.timeout",
                        reason: `No editor decided the ${what} approval within ${config.gateTimeout}.`,
                      },
                );
              }
              return closed;
            });
          }
          if (row.status === "PENDING") continue;
          // Closed by someone else while the run waited: as at open time, a person must look unless it was a cancellation.
          if (row.status === "EXPIRED")
            return { stop: closedAs ?? (await step.run(`${k}-gate-closed${id}`, () => stopAtClosedGate(what))) };
          return decided(id, { status: row.status, comment: row.comment });
        }
      }

      /** A gate found closed when it opened: cancelled (nothing to do), or closed by something else (a person must look). */
      async function stopAtClosedGate(what: string) {
        const episode = await db.episode.findUniqueOrThrow({ where: { id: episodeId }, select: { status: true } });
        if (episode.status === "CANCELLED") return "cancelled";
        await markNeedsAttention(db, {
          episodeId,
          pipelineRunId,
          kind: "gate.closed",
          reason: `The ${what} approval was closed before anyone decided it. Retry the episode to open it again.`,
        });
        return "gate-closed";
      }

      /** A stage's output as the engine hands it back (JSON), read through the stage's schema; a mismatch is not retried. */
      function outputOf<K extends StageKey>(key: K, json: unknown) {
        try {
          return parseStageOutput(stages, key, json);
        } catch (error) {
          return notRetriedIfInvalid(error);
        }
      }

      const stop = (why: string) => ({ episodeId, status: why });
      const skip = new Set(plan.completed);
      const runUnlessDone = async (key: StageKey) => (skip.has(key) ? { output: null } : stage(key));

      // A script the producer supplied needs no research, plan or first draft: those are recorded as skipped (their
      // first iteration taken, so a later revision by the writer is iteration 2), and its version 1 is scored as is.
      let supplied = plan.scriptSupplied;
      if (supplied) {
        SUPPLIED_SCRIPT_SKIPS.forEach(next);
        await step.run("skip-research-and-writing", () =>
          skipStages(db, { episodeId, pipelineRunId, stages: SUPPLIED_SCRIPT_SKIPS, why: SUPPLIED_SCRIPT_NOTE }),
        );
      } else {
        for (const key of RESEARCH_SEQUENCE) {
          if (!(await runUnlessDone(key))) return stop("paused-too-long");
        }
      }

      let guidance: string | null = null;
      let revisions = 0;
      let scriptApproved = plan.scriptApproved && skip.has(SCORE_STAGE);
      let finalApproved = plan.finalApproved && QA_STAGES.every((k) => skip.has(k));
      for (;;) {
        // Content: write, score, re-write on a failed brand score (bounded), then the editor's gate.
        let qualityReruns = 0;
        while (!scriptApproved) {
          let score: BrandOutput;
          // The producer's own version 1 is not rewritten to the brand unasked: its score goes to the editor's gate.
          // The writer's revisions of it after a rejection are brand-revised like any other.
          const producersOwn = supplied && !guidance;
          if (plan.brand && skip.has(SCORE_STAGE)) {
            // A retry after a gate timed out: the script and its score stand; only the gate opens again.
            score = outputOf(SCORE_STAGE, plan.brand);
            skip.delete(SCRIPT_STAGE);
            skip.delete(SCORE_STAGE);
          } else {
            if (producersOwn) supplied = false;
            else if (!(await stage(SCRIPT_STAGE, guidance))) return stop("paused-too-long");
            const brand = await stage(SCORE_STAGE);
            if (!brand) return stop("paused-too-long");
            score = outputOf(SCORE_STAGE, brand.output);
          }
          if (!score.passed && qualityReruns < config.maxQualityReruns && !producersOwn) {
            qualityReruns++;
            guidance = brandGuidance(score);
            continue;
          }
          const decision = await gate("SCRIPT", policy.autoApprove && score.passed);
          if ("stop" in decision) return stop(decision.stop);
          if (decision.decision === "APPROVED") {
            scriptApproved = true;
            // An editor may have saved an edit while the gate waited: the version going out is scored too.
            const approved = await step.run(`approved-script#${next("approved-script")}`, () =>
              latestScriptVersionId(db, episodeId),
            );
            if (approved !== score.scriptVersionId && !(await stage(SCORE_STAGE))) return stop("paused-too-long");
          } else if (++revisions > config.maxRevisions) return stop(await tooManyRevisions());
          else guidance = decision.comment ?? null;
        }

        // The content judge, once, on the script going out; then the audio, then the quality gates in parallel.
        for (const key of [JUDGE_STAGE, ...AUDIO_SEQUENCE] as const) {
          if (!(await runUnlessDone(key))) return stop("paused-too-long");
        }
        const qa = await Promise.all(QA_STAGES.map(async (key) => ({ key, result: await runUnlessDone(key) })));
        if (qa.some(({ result }) => result === null)) return stop("paused-too-long");
        skip.clear(); // a revision after the final gate re-runs everything downstream of the script

        if (finalApproved) break;
        const allPassed = qa.every(
          ({ key, result }) => result?.output === null || outputOf(key, result?.output).passed,
        );
        const final = await gate("FINAL", policy.autoApprove && allPassed);
        if ("stop" in final) return stop(final.stop);
        if (final.decision === "APPROVED") break;
        if (++revisions > config.maxRevisions) return stop(await tooManyRevisions());
        guidance = final.comment ?? null;
        scriptApproved = false;
        finalApproved = false;
      }

      await step.run("certify", () => certifyEpisode(db, stages, providers, episodeId).catch(notRetriedIfInvalid));
      await step.run("complete", () => completeRun(db, { episodeId, pipelineRunId }));
      return { episodeId, status: "ready" };

      async function tooManyRevisions() {
        await step.run("too-many-revisions", () =>
          markNeedsAttention(db, {
            episodeId,
            pipelineRunId,
            reason: `Rejected ${revisions} times (the limit is ${config.maxRevisions}). Edit the script or cancel the episode.`,
            kind: "gate.revisions.exhausted",
          }),
        );
        return "too-many-revisions";
      }
    },
  );
}
