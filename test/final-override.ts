/**
 * An override for tests that approve a final gate to get past it: offline runs often fail certification (e.g. a
 * short master against its planned length), and approving over blockers needs a reason. Ignored when none fail.
 */
export const TEST_OVERRIDE = { reason: "Approved by a test that only needs the run to go past the final gate." };
