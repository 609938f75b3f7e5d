import { describe, expect, it } from "vitest";
import { createWriter } from "./create-writer";

describe("createWriter", () => {
  it("is offline by default and hosted when a provider and its key are set", () => {
    expect(createWriter({}).id).toBe("offline");
    expect(createWriter({ LLM_PROVIDER: "anthropic", ANTHROPIC_API_KEY: "sk-ant" }).id).toBe("anthropic");
    expect(createWriter({ LLM_PROVIDER: "OpenAI", OPENAI_API_KEY: "sk" }).id).toBe("openai");
    const local = { LLM_PROVIDER: "openai-compatible", LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen3" };
    expect(createWriter(local).id).toBe("openai-compatible");
  });

  it("names what is missing or wrong", () => {
    expect(() => createWriter({ LLM_PROVIDER: "openai" })).toThrow(/OPENAI_API_KEY/);
    expect(() => createWriter({ LLM_PROVIDER: "gemini" })).toThrow(/Unknown LLM_PROVIDER "gemini"/);
    expect(() => createWriter({ LLM_PROVIDER: "openai-compatible", LLM_MODEL: "qwen3" })).toThrow(
      /needs LLM_BASE_URL.*Ollama: http:\/\/127\.0\.0\.1:11434\/v1/,
    );
    expect(() =>
      createWriter({ LLM_PROVIDER: "openai-compatible", LLM_BASE_URL: "127.0.0.1:11434", LLM_MODEL: "qwen3" }),
    ).toThrow(/needs LLM_BASE_URL/);
    expect(() =>
      createWriter({ LLM_PROVIDER: "openai-compatible", LLM_BASE_URL: "http://127.0.0.1:11434/v1" }),
    ).toThrow(/needs LLM_MODEL/);
    expect(() =>
      createWriter({
        LLM_PROVIDER: "openai-compatible",
        LLM_BASE_URL: "http://127.0.0.1:11434/v1",
        LLM_MODEL: "qwen3",
        LLM_STRUCTURED_OUTPUT: "maybe",
      }),
    ).toThrow('LLM_STRUCTURED_OUTPUT must be on or off, got "maybe"');
  });

  it("reports the hosted models with what the provider's (free) model list said", async () => {
    const writer = createWriter({
      LLM_PROVIDER: "anthropic",
      ANTHROPIC_API_KEY: "sk-ant",
      ANTHROPIC_BASE_URL: "http://127.0.0.1:1/v1",
      LLM_ECONOMY_MODEL: "claude-cheap",
    });
    expect(await writer.health()).toEqual({
      ok: false,
      detail: expect.stringMatching(
        /^Anthropic at http:\/\/127\.0\.0\.1:1 could not be reached: .*; claude-sonnet-4-5 \(standard\), claude-cheap \(economy\)$/,
      ),
    });
  });
});
