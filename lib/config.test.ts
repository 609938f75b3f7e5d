import { describe, expect, it } from "vitest";
import { pipelineConfig } from "./config";

describe("pipeline configuration", () => {
  it("reads how provider calls are retried in place, with defaults", () => {
    expect(pipelineConfig({}).callRetry).toEqual({ retries: 4, maxWaitMs: 30_000, baseDelayMs: 250 });
    expect(pipelineConfig({ SHOWRUNNER_CALL_RETRIES: "0", SHOWRUNNER_CALL_RETRY_WAIT: "2m" }).callRetry).toEqual({
      retries: 0,
      maxWaitMs: 120_000,
      baseDelayMs: 250,
    });
  });

  it("takes an empty variable as unset, not as zero", () => {
    expect(pipelineConfig({ SHOWRUNNER_CALL_RETRIES: "", SHOWRUNNER_STEP_RETRIES: "" })).toMatchObject({
      callRetry: { retries: 4 },
      stepRetries: 4,
    });
  });

  it("refuses a malformed value, naming the variable", () => {
    expect(() => pipelineConfig({ SHOWRUNNER_CALL_RETRY_WAIT: "soon" })).toThrow(/SHOWRUNNER_CALL_RETRY_WAIT/);
    expect(() => pipelineConfig({ SHOWRUNNER_CALL_RETRIES: "-1" })).toThrow(/SHOWRUNNER_CALL_RETRIES/);
  });

  it("reads the stages' injected faults from the one fault variable, and refuses a malformed one", () => {
    expect(pipelineConfig({}).stageFaults).toEqual([]);
    expect(
      pipelineConfig({ SHOWRUNNER_PROVIDER_FAULTS: "speech:5xx=0.1;research-deep-dive:429=2" }).stageFaults,
    ).toEqual([{ stage: "research-deep-dive", kind: "429", times: 2 }]);
    expect(() => pipelineConfig({ SHOWRUNNER_PROVIDER_FAULTS: "research-deep-dive:429:2" })).toThrow(
      /^Invalid SHOWRUNNER_PROVIDER_FAULTS: "research-deep-dive:429:2": expected/,
    );
  });

  it("refuses the retired stage-fault variable and says where stage faults go now", () => {
    expect(() => pipelineConfig({ SHOWRUNNER_STAGE_FAULTS: "research-deep-dive:2" })).toThrow(
      /SHOWRUNNER_STAGE_FAULTS.*no longer read.*SHOWRUNNER_PROVIDER_FAULTS/,
    );
  });
});
