import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listBilledUnits } from "./list-billed-units";
import { createOfflineSearch } from "./search/offline-search";
import { createTavilySearch } from "./search/tavily-search";
import { createElevenLabsSynthesizer } from "./speech/elevenlabs-synthesizer";
import { createEspeakWasmSynthesizer } from "./speech/espeak-wasm-synthesizer";
import { createOpenAiTranscriber } from "./transcription/openai-transcriber";
import { unavailableTranscriber } from "./transcription/create-transcriber";
import { createWriter } from "./writer/create-writer";
import { createSpeechSynthesizer } from "./speech/create-speech-synthesizer";

describe("listBilledUnits", () => {
  it("lists nothing for the offline adapters", () => {
    const offline = {
      writer: createWriter({}),
      speech: createEspeakWasmSynthesizer(),
      transcriber: unavailableTranscriber("none"),
      search: createOfflineSearch({} as Db),
    };
    expect(listBilledUnits(offline, {})).toEqual([]);
  });

  it("lists every model the hosted adapters may bill, each with the setting that chose it", () => {
    const env = {
      LLM_PROVIDER: "openai",
      OPENAI_API_KEY: "sk",
      LLM_MODEL: "gpt-4o",
      LLM_MODEL_SCRIPT_WRITER: "gpt-5-custom",
      OPENAI_TRANSCRIPTION_MODEL: "whisper-1",
    };
    const units = listBilledUnits(
      {
        writer: createWriter(env),
        speech: createElevenLabsSynthesizer({ apiKey: "xi" }),
        transcriber: createOpenAiTranscriber({ apiKey: "sk", model: "whisper-1" }),
        search: createTavilySearch({ apiKey: "tvly" }),
      },
      env,
    );
    expect(units.map((u) => `${u.setting} → ${u.provider}/${u.model}/${u.unit}`)).toEqual([
      "LLM_MODEL=gpt-4o → openai/gpt-4o/input_token",
      "LLM_MODEL=gpt-4o → openai/gpt-4o/output_token",
      "LLM_ECONOMY_MODEL=gpt-4.1-mini (the default) → openai/gpt-4.1-mini/input_token",
      "LLM_ECONOMY_MODEL=gpt-4.1-mini (the default) → openai/gpt-4.1-mini/output_token",
      "LLM_MODEL_SCRIPT_WRITER=gpt-5-custom → openai/gpt-5-custom/input_token",
      "LLM_MODEL_SCRIPT_WRITER=gpt-5-custom → openai/gpt-5-custom/output_token",
      "ELEVENLABS_MODEL=eleven_multilingual_v2 (the default) → elevenlabs/eleven_multilingual_v2/character",
      "OPENAI_TRANSCRIPTION_MODEL=whisper-1 → openai/whisper-1/minute",
      "SEARCH_PROVIDER=tavily → tavily/search-basic/request",
    ]);
  });

  it("lists OpenAI speech by the setting that chose it, and an OpenAI-compatible speech server only off this network", async () => {
    const base = {
      writer: createWriter({}),
      transcriber: unavailableTranscriber("none"),
      search: createOfflineSearch({} as Db),
    };
    const openai = { SPEECH_PROVIDER: "openai", OPENAI_API_KEY: "sk" };
    expect(
      listBilledUnits({ ...base, speech: await createSpeechSynthesizer(openai) }, openai).map((u) => u.setting),
    ).toEqual(["OPENAI_SPEECH_MODEL=gpt-4o-mini-tts (the default)"]);
    const kokoro = { SPEECH_PROVIDER: "openai-compatible", SPEECH_BASE_URL: "http://kokoro:8880/v1" };
    expect(listBilledUnits({ ...base, speech: await createSpeechSynthesizer(kokoro) }, kokoro)).toEqual([]);
    const remote = { ...kokoro, SPEECH_BASE_URL: "https://tts.example.com/v1", SPEECH_MODEL: "kokoro" };
    expect(listBilledUnits({ ...base, speech: await createSpeechSynthesizer(remote) }, remote)).toEqual([
      { provider: "openai-compatible", model: "kokoro", unit: "character", setting: "SPEECH_MODEL=kokoro" },
    ]);
  });

  it("lists nothing for an OpenAI-compatible server on a local address, and its tokens for one on a public address", () => {
    const offline = {
      speech: createEspeakWasmSynthesizer(),
      transcriber: unavailableTranscriber("none"),
      search: createOfflineSearch({} as Db),
    };
    const local = {
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: "http://127.0.0.1:11434/v1",
      LLM_MODEL: "llama3.1:8b",
    };
    expect(listBilledUnits({ ...offline, writer: createWriter(local) }, local)).toEqual([]);
    const gateway = { ...local, LLM_BASE_URL: "https://openrouter.ai/api/v1", LLM_API_KEY: "sk-or" };
    const units = listBilledUnits({ ...offline, writer: createWriter(gateway) }, gateway);
    expect(units.map((u) => `${u.setting} → ${u.provider}/${u.model}/${u.unit}`)).toEqual([
      "LLM_MODEL=llama3.1:8b → openai-compatible/llama3.1:8b/input_token",
      "LLM_MODEL=llama3.1:8b → openai-compatible/llama3.1:8b/output_token",
    ]);
  });
});
