import { describe, expect, it } from "vitest";
import { describeCheckFailure } from "./describe-check-failure";

describe("describeCheckFailure", () => {
  it("says nothing of an output that passed or is not a check's", () => {
    expect(describeCheckFailure({ passed: true, overall: 9 })).toBeNull();
    expect(describeCheckFailure({ overall: 4 })).toBeNull();
    expect(describeCheckFailure(null)).toBeNull();
    expect(describeCheckFailure([{ passed: false }])).toBeNull();
  });

  it("puts a failed check's score, failed checks, first violations and detail in a line", () => {
    const violations = Array.from({ length: 7 }, (_, i) => ({
      rule: "banned-phrase",
      text: `phrase ${i + 1}`,
      line: i + 1,
    }));
    expect(
      describeCheckFailure({
        passed: false,
        overall: 6.25,
        threshold: 7,
        checks: [
          { label: "Loudness", passed: false, value: -20, threshold: -16 },
          { name: "dead-air", passed: false, detail: "5 s of silence at 1:02" },
          { key: "clipping", passed: true },
        ],
        violations,
        detail: "Re-write the opening.",
      }),
    ).toBe(
      "scored 6.3 (needs 7); Loudness failed (value -20, threshold -16); dead-air failed (5 s of silence at 1:02); " +
        'violations: banned-phrase "phrase 1" (line 1); banned-phrase "phrase 2" (line 2); banned-phrase "phrase 3" (line 3); ' +
        'banned-phrase "phrase 4" (line 4); banned-phrase "phrase 5" (line 5); and 2 more; Re-write the opening.',
    );
    expect(describeCheckFailure({ passed: false })).toBe("did not pass");
  });
});
