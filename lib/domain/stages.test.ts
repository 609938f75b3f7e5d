import { describe, expect, it } from "vitest";
import {
  AUDIO_SEQUENCE,
  JUDGE_STAGE,
  QA_STAGES,
  RESEARCH_SEQUENCE,
  SCORE_STAGE,
  SCRIPT_STAGE,
  STAGE_KEYS,
} from "./stages";

describe("the run order", () => {
  it("runs every stage once, in the order STAGES lists them", () => {
    expect([...RESEARCH_SEQUENCE, SCRIPT_STAGE, SCORE_STAGE, JUDGE_STAGE, ...AUDIO_SEQUENCE, ...QA_STAGES]).toEqual(
      STAGE_KEYS,
    );
  });
});
