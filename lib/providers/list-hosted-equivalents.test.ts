import { describe, expect, it } from "vitest";
import { listHostedEquivalents, listProjectionTargets } from "./list-hosted-equivalents";
import { createOfflineWriter } from "./writer/create-offline-writer";
import { createElevenLabsSynthesizer } from "./speech/elevenlabs-synthesizer";
import type { SpeechSynthesizer } from "./speech/types";
import type { Transcriber } from "./transcription/types";
import type { SearchProvider } from "./search/types";
import type { ResearchWriter } from "./writer/types";

const offline = {
  writer: createOfflineWriter(),
  speech: { id: "festival" } as SpeechSynthesizer,
  transcriber: { id: "pocketsphinx" } as Transcriber,
  search: { id: "offline" } as SearchProvider,
};

describe("listHostedEquivalents", () => {
  it("projects an unconfigured offline studio at the documented defaults", () => {
    const eq = listHostedEquivalents(offline, {});
    expect(eq.writer("script-writer", "standard")).toEqual({ provider: "anthropic", model: "claude-sonnet-4-5" });
    expect(eq.writer("script-writer", "economy")).toEqual({ provider: "anthropic", model: "claude-haiku-4-5" });
    expect(eq.speech).toEqual({ provider: "elevenlabs", model: "eleven_multilingual_v2" });
    expect(eq.transcription).toEqual({ provider: "openai", model: "gpt-4o-mini-transcribe" });
    expect(eq.search).toEqual({ provider: "tavily", model: "search-basic" });
  });

  it("follows the settings that choose hosted models, per stage and tier", () => {
    const eq = listHostedEquivalents(offline, {
      LLM_MODEL: "claude-opus-4-1",
      LLM_MODEL_SCRIPT_WRITER: "claude-haiku-4-5",
      ELEVENLABS_MODEL: "eleven_flash_v2_5",
      OPENAI_TRANSCRIPTION_MODEL: "whisper-1",
    });
    expect(eq.writer("script-writer", "standard").model).toBe("claude-haiku-4-5");
    expect(eq.writer("research-synthesis", "standard").model).toBe("claude-opus-4-1");
    expect(eq.writer("research-synthesis", "economy").model).toBe("claude-haiku-4-5");
    expect(eq.speech.model).toBe("eleven_flash_v2_5");
    expect(eq.transcription.model).toBe("whisper-1");
  });

  it("uses the hosted adapters in use: their provider and the models they bill", () => {
    const eq = listHostedEquivalents(
      {
        ...offline,
        writer: { ...offline.writer, id: "openai" } as ResearchWriter,
        speech: createElevenLabsSynthesizer({ apiKey: "k", model: "eleven_turbo_v2_5" }),
        search: {
          id: "brave",
          estimate: () => [{ provider: "brave", model: "web-search", unit: "request", quantity: 1 }],
        } as SearchProvider,
      },
      { LLM_ECONOMY_MODEL: "gpt-4o-mini" },
    );
    expect(eq.writer("episode-planner", "standard")).toEqual({ provider: "openai", model: "gpt-4.1" });
    expect(eq.writer("episode-planner", "economy")).toEqual({ provider: "openai", model: "gpt-4o-mini" });
    expect(eq.speech).toEqual({ provider: "elevenlabs", model: "eleven_turbo_v2_5" });
    expect(eq.search).toEqual({ provider: "brave", model: "web-search" });
  });

  it("ignores an OpenAI-compatible server's model names: its usage projects at Anthropic's defaults", () => {
    const eq = listHostedEquivalents(
      { ...offline, writer: { ...offline.writer, id: "openai-compatible" } as ResearchWriter },
      { LLM_MODEL: "llama3.1:8b", LLM_ECONOMY_MODEL: "llama3.2:3b", LLM_MODEL_SCRIPT_WRITER: "qwen2.5:7b" },
    );
    expect(eq.writer("script-writer", "standard")).toEqual({ provider: "anthropic", model: "claude-sonnet-4-5" });
    expect(eq.writer("episode-planner", "economy")).toEqual({ provider: "anthropic", model: "claude-haiku-4-5" });
  });

  it("lists each projection target once, with the settings that chose it", () => {
    const targets = listProjectionTargets(listHostedEquivalents(offline, {}));
    expect(targets.map((t) => `${t.provider} ${t.model} ${t.unit}`)).toEqual([
      "anthropic claude-sonnet-4-5 input_token",
      "anthropic claude-sonnet-4-5 output_token",
      "anthropic claude-haiku-4-5 input_token",
      "anthropic claude-haiku-4-5 output_token",
      "elevenlabs eleven_multilingual_v2 character",
      "openai gpt-4o-mini-transcribe minute",
      "tavily search-basic request",
    ]);
    expect(targets[0]!.setting).toMatch(/^The projection of offline writing \(LLM_MODEL/);
  });
});
