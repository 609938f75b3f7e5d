import { describe, expect, it } from "vitest";
import { overrideReasonSchema } from "./override-reason";

describe("overrideReasonSchema", () => {
  it("trims a reason and holds it to 10 to 1,000 characters, saying what it is for when too short", () => {
    expect(overrideReasonSchema().parse("  The source says it.  ")).toBe("The source says it.");
    expect(overrideReasonSchema("Say why.").safeParse("short").error?.issues[0]?.message).toBe("Say why.");
    expect(overrideReasonSchema().safeParse("x".repeat(1001)).error?.issues[0]?.message).toBe(
      "Keep the reason under 1,000 characters.",
    );
  });
});
