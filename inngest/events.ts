import { eventType } from "inngest";
import {
  budgetResumedData,
  episodeCancelledData,
  gateDecidedData,
  pipelineRequestedData,
} from "@/lib/episodes/schemas";

/** Starts (or, after a failure, resumes) an episode's pipeline. */
export const pipelineRequested = eventType("episode/pipeline.requested", { schema: pipelineRequestedData });
/** An editor decided a gate. */
export const gateDecided = eventType("episode/gate.decided", { schema: gateDecidedData });
/** Cancels the episode's running pipeline (cancelOn). */
export const episodeCancelled = eventType("episode/cancelled", { schema: episodeCancelledData });
/** An admin raised the budget of a paused episode. */
export const budgetResumed = eventType("episode/budget.resumed", { schema: budgetResumedData });
