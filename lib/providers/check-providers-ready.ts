import type { Db } from "@/lib/db";
import { findUnpriced } from "@/lib/costs/prices";
import type { ProviderHealth } from "./errors";
import type { BilledUnit } from "./billed-unit";
import type { Providers } from "./registry";
import { HOSTED_SPEECH } from "./speech/types";

const HEALTH_TIMEOUT_MS = 10_000;

/** Each setting whose hosted model has no price, in a line naming the variable, e.g. "LLM_MODEL=gpt-4o has no price…". */
export async function findUnpricedSettings(db: Db, billedUnits: BilledUnit[]): Promise<string[]> {
  const bySetting = new Map<string, BilledUnit[]>();
  for (const unit of await findUnpriced(db, billedUnits))
    bySetting.set(unit.setting, [...(bySetting.get(unit.setting) ?? []), unit]);
  return [...bySetting].map(([setting, units]) => {
    const rows = units.map((u) => `${u.provider} ${u.model} per ${u.unit}`).join(", ");
    return `${setting} has no price in the price table (${rows}): add one in Admin → Prices or choose a priced model`;
  });
}

/**
 * The projection targets (lib/providers/list-hosted-equivalents.ts: listProjectionTargets) with no price, one line
 * per setting: offline usage is then projected at the documented default's price instead (lib/costs/meter.ts).
 */
export async function findUnpricedProjections(db: Db, targets: BilledUnit[]): Promise<string[]> {
  return (await findUnpricedSettings(db, targets)).map(
    (line) => `${line}; until then offline usage is projected at the documented default model's price`,
  );
}

/** A health check that cannot hang or throw. */
export async function checkHealth(
  check: () => Promise<ProviderHealth>,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<ProviderHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check(),
      new Promise<ProviderHealth>(
        (resolve) =>
          (timer = setTimeout(
            () => resolve({ ok: false, detail: `No answer within ${timeoutMs / 1000} s` }),
            timeoutMs,
          )),
      ),
    ]);
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

type HostedPorts = Pick<Providers, "writer" | "speech" | "transcriber" | "search" | "storage">;

/**
 * The hosted adapters in use whose health check fails, one line each naming the capability and what the check
 * said (the provider, its address and the cause). Health checks spend nothing; offline adapters are checked when
 * they are created.
 */
export async function findUnhealthyProviders(providers: HostedPorts): Promise<string[]> {
  const { writer, speech, transcriber, search, storage } = providers;
  const hosted = [
    writer.id !== "offline" && { capability: "Research and writing", port: writer },
    HOSTED_SPEECH.has(speech.id) && { capability: "Speech", port: speech },
    transcriber.id === "openai" && { capability: "Transcription", port: transcriber },
    search.id !== "offline" && { capability: "Research search", port: search },
    storage.id === "s3" && { capability: "Audio storage", port: storage },
  ].filter((h) => h !== false);
  const results = await Promise.all(
    hosted.map(async (h) => ({ ...h, health: await checkHealth(() => h.port.health()) })),
  );
  return results.filter((r) => !r.health.ok).map((r) => `${r.capability}: ${r.health.detail}`);
}

/** `retriable`: a failed health check may pass later; a missing price needs a person. */
export class ProvidersNotReadyError extends Error {
  constructor(
    readonly problems: string[],
    readonly retriable: boolean,
  ) {
    super(`The configured providers are not ready, so nothing was spent: ${problems.join("; ")}`);
    this.name = "ProvidersNotReadyError";
  }
}

/**
 * Refuses, before anything is spent, hosted models with no price (always) and, with `health`, hosted providers
 * whose health check fails. What `npm run produce`, the pipeline worker and the pipeline's first step check.
 */
export async function assertProvidersReady(
  db: Db,
  providers: HostedPorts & { billedUnits?: BilledUnit[] },
  { health }: { health: boolean },
) {
  const unpriced = await findUnpricedSettings(db, providers.billedUnits ?? []);
  if (unpriced.length > 0) throw new ProvidersNotReadyError(unpriced, false);
  const unhealthy = health ? await findUnhealthyProviders(providers) : [];
  if (unhealthy.length > 0) throw new ProvidersNotReadyError(unhealthy, true);
}
