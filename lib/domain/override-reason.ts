import { z } from "zod";

/**
 * An editor's reason for overriding what a check said (a claim's verdict, the final gate's blockers): long enough to
 * say why, short enough to read in the certification.
 */
export const OVERRIDE_REASON_MIN = 10;
export const OVERRIDE_REASON_MAX = 1_000;

/** A reason, trimmed and within bounds; `tooShort` says what the reason is for. */
export const overrideReasonSchema = (tooShort = `Give a reason of at least ${OVERRIDE_REASON_MIN} characters.`) =>
  z
    .string()
    .trim()
    .min(OVERRIDE_REASON_MIN, tooShort)
    .max(OVERRIDE_REASON_MAX, `Keep the reason under ${OVERRIDE_REASON_MAX.toLocaleString("en")} characters.`);
