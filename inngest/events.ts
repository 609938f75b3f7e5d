import { eventType } from "inngest";
import {
  budgetResumedData,
  episodeCancelledData,
  gateDecidedData,
  lineRegenerationRequestedData,
  pipelineRequestedData,
  reassessmentRequestedData,
} from "@/lib/episodes/schemas";
import { publicationScheduledData } from "@/lib/publishing/schemas";

/** Starts (or, after a failure, resumes) an episode's pipeline. */
export const pipelineRequested = eventType("episode/pipeline.requested", { schema: pipelineRequestedData });
/** An editor decided a gate. */
export const gateDecided = eventType("episode/gate.decided", { schema: gateDecidedData });
/** Cancels the episode's running pipeline (cancelOn). */
export const episodeCancelled = eventType("episode/cancelled", { schema: episodeCancelledData });
/** An admin raised the budget of a paused episode. */
export const budgetResumed = eventType("episode/budget.resumed", { schema: budgetResumedData });
/** An editor overrode a verdict or excluded a source: the quality gates run again, in the worker. */
export const reassessmentRequested = eventType("episode/reassessment.requested", {
  schema: reassessmentRequestedData,
});
/** An editor claimed a line's regeneration: the audio work runs in the worker. */
export const lineRegenerationRequested = eventType("episode/line-regeneration.requested", {
  schema: lineRegenerationRequestedData,
});
/** An editor scheduled an episode's publish: the run sleeps until `at`, then publishes if still scheduled for it. */
export const publicationScheduled = eventType("episode/publication.scheduled", { schema: publicationScheduledData });
