import type { Usage } from "@/lib/domain/usage";
import { isLocalAddress } from "./http/is-local-address";
import { explainModel } from "./llm/model-choice";
import type { SearchProvider } from "./search/types";
import type { SpeechSynthesizer } from "./speech/types";
import type { Transcriber } from "./transcription/types";
import { TASK_PURPOSE, type ResearchWriter } from "./writer/types";
import type { BilledUnit } from "./billed-unit";

type Env = Record<string, string | undefined>;

const setting = (variable: string, value: string, isDefault: boolean) =>
  `${variable}=${value}${isDefault ? " (the default)" : ""}`;
const units = (usage: Pick<Usage, "provider" | "model" | "unit">[], chosenBy: string) =>
  usage.map(({ provider, model, unit }) => ({ provider, model, unit, setting: chosenBy }));

/**
 * What the hosted adapters in use will bill: every model the writer may pick (each stage, both tiers), the speech
 * model (an OpenAI-compatible speech server on a local address bills nothing, as for the writer), the transcription model and the search. Offline adapters bill nothing that needs a price, and neither
 * does an OpenAI-compatible server on this machine or a private network (LLM_BASE_URL): its tokens are recorded
 * at $0 unless a price row says otherwise. The same server type on a public address (a paid gateway) bills, so
 * its models need prices like any hosted provider's.
 */
export function listBilledUnits(
  providers: { writer: ResearchWriter; speech: SpeechSynthesizer; transcriber: Transcriber; search: SearchProvider },
  env: Env,
): BilledUnit[] {
  const found: BilledUnit[] = [];
  const { writer, speech, transcriber, search } = providers;
  const billsTokens =
    writer.id !== "offline" && !(writer.id === "openai-compatible" && isLocalAddress(env.LLM_BASE_URL ?? ""));
  if (billsTokens) {
    for (const purpose of Object.values(TASK_PURPOSE)) {
      for (const tier of ["standard", "economy"] as const) {
        const { model, variable, isDefault } = explainModel(writer.id, purpose, tier, env);
        for (const unit of ["input_token", "output_token"])
          found.push({ provider: writer.id, model, unit, setting: setting(variable, model, isDefault) });
      }
    }
  }
  if (speech.id === "elevenlabs") {
    const usage = speech.estimate({ text: "a", voice: { localVoice: "", hostedVoice: "voice" } });
    found.push(...units(usage, setting("ELEVENLABS_MODEL", usage[0]!.model, !env.ELEVENLABS_MODEL)));
  }
  const speechVariable = { openai: "OPENAI_SPEECH_MODEL", "openai-compatible": "SPEECH_MODEL" } as const;
  const speechBills =
    speech.id === "openai" || (speech.id === "openai-compatible" && !isLocalAddress(env.SPEECH_BASE_URL ?? ""));
  if (speechBills) {
    const usage = speech.estimate({ text: "a", voice: { localVoice: "", hostedVoice: "voice" } });
    const variable = speechVariable[speech.id as keyof typeof speechVariable];
    found.push(...units(usage, setting(variable, usage[0]!.model, !env[variable]?.trim())));
  }
  if (transcriber.id === "openai") {
    const usage = transcriber.estimate(60);
    found.push(
      ...units(usage, setting("OPENAI_TRANSCRIPTION_MODEL", usage[0]!.model, !env.OPENAI_TRANSCRIPTION_MODEL)),
    );
  }
  if (search.id !== "offline") found.push(...units(search.estimate(), `SEARCH_PROVIDER=${search.id}`));
  const seen = new Set<string>();
  return found.filter((u) => {
    const key = `${u.provider}|${u.model}|${u.unit}`;
    return !seen.has(key) && seen.add(key);
  });
}
