import type { Db } from "@/lib/db";
import { checkHealth } from "./check-providers-ready";
import type { ProviderHealth } from "./errors";
import { listBilledUnits } from "./list-billed-units";
import { type BilledUnit } from "./billed-unit";
import { listHostedEquivalents } from "./list-hosted-equivalents";
import type { HostedEquivalents } from "@/lib/domain/hosted-equivalent";
import { faultsFromEnv, withFaults, type FaultCapability } from "@/lib/providers/inject-faults";
import { createWriter } from "./writer/create-writer";
import type { ResearchWriter } from "./writer/types";
import { createSpeechSynthesizer } from "./speech/create-speech-synthesizer";
import { HOSTED_SPEECH, type SpeechSynthesizer } from "./speech/types";
import { createTranscriber } from "./transcription/create-transcriber";
import type { Transcriber } from "./transcription/types";
import { createSearchProvider } from "./search/create-search-provider";
import type { SearchProvider } from "./search/types";
import { createAudioStorage } from "./storage/create-audio-storage";
import type { AudioStorage } from "./storage/types";
import { createAudioToolkit } from "./audio/create-audio-toolkit";
import type { AudioToolkit } from "./audio/types";
import { createMosScorer } from "./mos/create-mos-scorer";
import type { MosScorer } from "./mos/types";
import { createUrlFetcher, readUrlFetchConfig } from "./sources/create-url-fetcher";
import type { UrlFetcher } from "./sources/types";

type Env = Record<string, string | undefined>;

/** Every capability's adapter, chosen once from configuration and passed to the pipeline (which knows only ports). */
export interface Providers {
  writer: ResearchWriter;
  speech: SpeechSynthesizer;
  transcriber: Transcriber;
  /** Levelling, stitching, mastering and measuring audio files (ffmpeg); local work, so no fault injection. */
  audioToolkit: AudioToolkit;
  search: SearchProvider;
  storage: AudioStorage;
  fetchUrl: UrlFetcher;
  mos: MosScorer;
  /** What the hosted adapters bill, each with the setting that chose its model: checked against the price table. */
  billedUnits: BilledUnit[];
  /** The hosted models this configuration would bill: what offline usage is projected at. */
  hostedEquivalents: HostedEquivalents;
}

export async function createProviders(env: Env, db: Db): Promise<Providers> {
  const faults = faultsFromEnv(env).providers;
  const wrap = <T extends object>(name: FaultCapability, provider: T): T => {
    const rates = faults[name];
    return rates ? withFaults(name, provider, rates) : provider;
  };
  const ports = {
    writer: wrap("writer", createWriter(env)),
    speech: wrap("speech", await createSpeechSynthesizer(env)),
    transcriber: wrap("transcription", await createTranscriber(env)),
    audioToolkit: createAudioToolkit(),
    search: wrap("search", createSearchProvider(env, db)),
    storage: wrap("storage", createAudioStorage(env)),
    fetchUrl: createUrlFetcher(env),
    mos: createMosScorer(env),
  };
  return {
    ...ports,
    billedUnits: listBilledUnits(ports, env),
    hostedEquivalents: listHostedEquivalents(ports, env),
  };
}

export interface ProviderStatus {
  capability: string;
  adapter: string;
  offline: boolean;
  health: ProviderHealth;
}

/** What the admin page shows: the active adapter of each capability and whether it answers. */
export async function describeProviders(providers: Providers, env: Env): Promise<ProviderStatus[]> {
  const fetchEnabled = readUrlFetchConfig(env).enabled;
  return Promise.all([
    checkHealth(() => providers.writer.health()).then((health) => ({
      capability: "Research and writing",
      adapter: providers.writer.id,
      offline: providers.writer.id === "offline",
      health,
    })),
    checkHealth(() => providers.speech.health()).then((health) => ({
      capability: "Speech",
      adapter: providers.speech.id,
      offline: !HOSTED_SPEECH.has(providers.speech.id),
      health,
    })),
    checkHealth(() => providers.transcriber.health()).then((health) => ({
      capability: "Transcription",
      adapter: providers.transcriber.id,
      offline: providers.transcriber.id !== "openai",
      health,
    })),
    checkHealth(() => providers.search.health()).then((health) => ({
      capability: "Research search",
      adapter: providers.search.id,
      offline: providers.search.id === "offline",
      health,
    })),
    checkHealth(() => providers.storage.health()).then((health) => ({
      capability: "Audio storage",
      adapter: providers.storage.id,
      offline: providers.storage.id === "local",
      health,
    })),
    checkHealth(() => providers.mos.health(), 30_000).then((health) => ({
      capability: "Speech quality (MOS)",
      adapter: providers.mos.id,
      offline: true,
      health,
    })),
    Promise.resolve({
      capability: "URL sources",
      adapter: fetchEnabled ? "fetcher" : "off",
      offline: !fetchEnabled,
      health: {
        ok: true,
        detail: fetchEnabled
          ? "Public http(s) addresses only, size and time limited"
          : "Off: set SOURCE_FETCH_ENABLED=1 in production",
      },
    }),
  ]);
}
