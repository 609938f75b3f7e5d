import { DomainError } from "./errors";
import { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from "./override-reason";

export interface ApprovalOverride {
  reason: string;
  /** The readiness blockers the editor approved over, as they read when the decision was made. */
  blockers: string[];
}

/** An approval of a failing certification without an override: the editor must say why, or not approve. */
export class OverrideRequiredError extends DomainError {
  constructor(blockers: string[]) {
    super(
      `Certification fails: ${blockers.join(" ")} Approving anyway needs an override with a reason ` +
        `(${OVERRIDE_REASON_MIN} to ${OVERRIDE_REASON_MAX.toLocaleString("en")} characters).`,
      422,
      "override_required",
    );
  }
}

/**
 * The rule of the final gate: approving while the readiness certification has blockers needs an explicit override
 * with a reason, which is returned to be recorded. Rejections, script gates and passing certifications override
 * nothing, so an override sent with them is not recorded.
 */
export function approvalOverride(input: {
  kind: "SCRIPT" | "FINAL";
  decision: "APPROVED" | "REJECTED";
  blockers: string[];
  override?: { reason: string };
}): ApprovalOverride | null {
  if (input.kind !== "FINAL" || input.decision !== "APPROVED" || input.blockers.length === 0) return null;
  if (!input.override) throw new OverrideRequiredError(input.blockers);
  return { reason: input.override.reason, blockers: input.blockers };
}

/**
 * The blockers a recorded override does not cover: a certification made again (after an editor changed the fact
 * check) may fail for reasons the editor never approved over, and the old override does not stand for those.
 */
export function blockersNotOverridden(blockers: readonly string[], overridden: readonly string[]): string[] {
  return blockers.filter((b) => !overridden.includes(b));
}
