import { describe, expect, it } from "vitest";
import { pipelineConfig } from "./config";

describe("pipeline configuration", () => {
  it("reads how provider calls are retried in place, with defaults", () => {
    expect(pipelineConfig({}).callRetry).toEqual({ retries: 4, maxWaitMs: 30_000, baseDelayMs: 250 });
    expect(pipelineConfig({ SHOWRUNNER_CALL_RETRIES: "0", SHOWRUNNER_CALL_RETRY_WAIT: "2m" }).callRetry).toEqual({ retries: 0, maxWaitMs: 120_000, baseDelayMs: 250 });
  });

  it("takes an empty variable as unset, not as zero", () => {
    expect(pipelineConfig({ SHOWRUNNER_CALL_RETRIES: "", SHOWRUNNER_STEP_RETRIES: "" })).toMatchObject({ callRetry: { retries: 4 }, stepRetries: 4 });
  });

  it("refuses a malformed value, naming the variable", () => {
    expect(() => pipelineConfig({ SHOWRUNNER_CALL_RETRY_WAIT: "soon" })).toThrow(/SHOWRUNNER_CALL_RETRY_WAIT/);
    expect(() => pipelineConfig({ SHOWRUNNER_CALL_RETRIES: "-1" })).toThrow(/SHOWRUNNER_CALL_RETRIES/);
  });
});
