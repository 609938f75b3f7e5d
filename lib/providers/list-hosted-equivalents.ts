import type { HostedEquivalents, HostedModel } from "@/lib/domain/hosted-equivalent";
import { HOSTED_PROVIDERS } from "@/lib/costs/prices";
import { DEFAULT_MODELS, chooseModel } from "./llm/model-choice";
import { createElevenLabsSynthesizer } from "./speech/elevenlabs-synthesizer";
import type { SpeechSynthesizer } from "./speech/types";
import { createOpenAiTranscriber } from "./transcription/openai-transcriber";
import type { Transcriber } from "./transcription/types";
import { createTavilySearch } from "./search/tavily-search";
import type { SearchProvider } from "./search/types";
import { TASK_PURPOSE, type ResearchWriter } from "./writer/types";
import type { BilledUnit } from "./billed-unit";

type Env = Record<string, string | undefined>;

const HOSTED_WRITERS = Object.keys(DEFAULT_MODELS) as (keyof typeof DEFAULT_MODELS)[];
const isHostedWriter = (id: string): id is keyof typeof DEFAULT_MODELS =>
  HOSTED_PROVIDERS.has(id) && (HOSTED_WRITERS as string[]).includes(id);
const modelOf = (usage: { provider: string; model: string }[]): HostedModel => ({
  provider: usage[0]!.provider,
  model: usage[0]!.model,
});

/**
 * What offline usage is projected at: the hosted adapter in use when there is one (its models as it picks them),
 * else the hosted adapter the same settings would configure. The writer projects to LLM_PROVIDER's models, or
 * Anthropic's when it is offline, chosen per stage and tier by LLM_MODEL_<STAGE>, LLM_MODEL and LLM_ECONOMY_MODEL;
 * speech to ElevenLabs (ELEVENLABS_MODEL), transcription to OpenAI (OPENAI_TRANSCRIPTION_MODEL), search to Tavily.
 * An OpenAI-compatible writer's LLM_MODEL settings name its server's models, not Anthropic's, so they are ignored
 * here: Anthropic's defaults stand in. The hosted adapters below are built only to ask which model they bill: they
 * make no call and need no key.
 */
export function listHostedEquivalents(
  providers: { writer: ResearchWriter; speech: SpeechSynthesizer; transcriber: Transcriber; search: SearchProvider },
  env: Env,
): HostedEquivalents {
  const { writer, speech, transcriber, search } = providers;
  const llm = isHostedWriter(writer.id) ? writer.id : "anthropic";
  const modelEnv = writer.id === "openai-compatible" ? withoutModelSettings(env) : env;
  const request = { text: "a", voice: { localVoice: "", hostedVoice: "voice" } };
  const hostedSpeech = HOSTED_PROVIDERS.has(speech.id)
    ? speech
    : createElevenLabsSynthesizer({ apiKey: "", model: env.ELEVENLABS_MODEL || undefined });
  const hostedTranscriber = HOSTED_PROVIDERS.has(transcriber.id)
    ? transcriber
    : createOpenAiTranscriber({ apiKey: "", model: env.OPENAI_TRANSCRIPTION_MODEL || undefined });
  const hostedSearch = HOSTED_PROVIDERS.has(search.id) ? search : createTavilySearch({ apiKey: "" });
  return {
    writer: (stage, tier) => ({ provider: llm, model: chooseModel(llm, stage, tier, modelEnv) }),
    speech: modelOf(hostedSpeech.estimate(request)),
    transcription: modelOf(hostedTranscriber.estimate(60)),
    search: modelOf(hostedSearch.estimate()),
  };
}

const withoutModelSettings = (env: Env): Env =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !/^LLM_(MODEL|ECONOMY_MODEL)(_|$)/.test(name)));

/**
 * The hosted models offline usage is projected at, each (provider, model, unit) once, with the settings that chose
 * it: checked against the price table at start, so a projection at an unpriced model is reported, not shown as $0.
 */
export function listProjectionTargets(equivalents: HostedEquivalents): BilledUnit[] {
  const writing = "The projection of offline writing (LLM_MODEL, LLM_ECONOMY_MODEL, LLM_MODEL_<STAGE>)";
  const targets: BilledUnit[] = [
    ...Object.values(TASK_PURPOSE).flatMap((stage) =>
      (["standard", "economy"] as const).flatMap((tier) =>
        ["input_token", "output_token"].map((unit) => ({ ...equivalents.writer(stage, tier), unit, setting: writing })),
      ),
    ),
    { ...equivalents.speech, unit: "character", setting: "The projection of offline speech (ELEVENLABS_MODEL)" },
    {
      ...equivalents.transcription,
      unit: "minute",
      setting: "The projection of offline transcription (OPENAI_TRANSCRIPTION_MODEL)",
    },
    { ...equivalents.search, unit: "request", setting: "The projection of offline search" },
  ];
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.provider}|${t.model}|${t.unit}`;
    return !seen.has(key) && seen.add(key);
  });
}
