import { describe, expect, it } from "vitest";
import { hostedEquivalentOf, type HostedEquivalents } from "./hosted-equivalent";

const equivalents: HostedEquivalents = {
  writer: (stage, tier) => ({ provider: "llm", model: `${stage}/${tier}` }),
  speech: { provider: "tts", model: "voice" },
  transcription: { provider: "stt", model: "ears" },
  search: { provider: "web", model: "find" },
};
const call = { stage: "script-writer", tier: "economy" as const };

describe("hostedEquivalentOf", () => {
  it("finds the hosted model for each kind of work by its unit, the writer's by stage and tier", () => {
    expect(hostedEquivalentOf({ unit: "output_token" }, call, equivalents)).toEqual({
      provider: "llm",
      model: "script-writer/economy",
    });
    expect(hostedEquivalentOf({ unit: "character" }, call, equivalents)?.provider).toBe("tts");
    expect(hostedEquivalentOf({ unit: "minute" }, call, equivalents)?.provider).toBe("stt");
    expect(hostedEquivalentOf({ unit: "request" }, call, equivalents)?.provider).toBe("web");
    expect(hostedEquivalentOf({ unit: "image" }, call, equivalents)).toBeNull();
  });
});
