import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { RateLimitedError } from "./errors";
import { createProviders, describeProviders } from "./registry";
import { DEFAULT_PRICES } from "@/lib/costs/default-prices";
import { findUnpricedProjections } from "./check-providers-ready";
import { listProjectionTargets } from "./list-hosted-equivalents";

let db: Db;
const storageDir = mkdtempSync(path.join(tmpdir(), "providers-"));
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("the provider registry", () => {
  it("chooses the offline defaults with no configuration, and every one answers its health check", async () => {
    const env = { STORAGE_DIR: storageDir };
    const providers = await createProviders(env, db);
    expect(providers.writer.id).toBe("offline");
    expect(providers.search.id).toBe("offline");
    expect(providers.storage.id).toBe("local");
    expect(["festival", "flite", "espeak-ng"]).toContain(providers.speech.id);
    const statuses = await describeProviders(providers, env);
    expect(statuses.map((s) => s.capability)).toEqual([
      "Research and writing",
      "Speech",
      "Transcription",
      "Research search",
      "Audio storage",
      "Speech quality (MOS)",
      "URL sources",
    ]);
    for (const s of statuses.filter((s) => s.capability !== "Transcription"))
      expect(s.health.ok, s.capability).toBe(true);
    expect(statuses.every((s) => s.offline)).toBe(true);
    expect(providers.mos).toMatchObject({ id: "none", available: false });
    expect(statuses.find((s) => s.capability === "Speech quality (MOS)")?.health.detail).toMatch(
      /^Off: .*DNSMOS_MODEL_PATH/,
    );
  });

  it("names the missing variable when a hosted provider is chosen without its key", async () => {
    await expect(createProviders({ LLM_PROVIDER: "anthropic", STORAGE_DIR: storageDir }, db)).rejects.toThrow(
      /ANTHROPIC_API_KEY/,
    );
    await expect(createProviders({ SPEECH_PROVIDER: "elevenlabs", STORAGE_DIR: storageDir }, db)).rejects.toThrow(
      /ELEVENLABS_API_KEY/,
    );
    await expect(
      createProviders({ DNSMOS_MODEL_PATH: path.join(storageDir, "no-model.onnx"), STORAGE_DIR: storageDir }, db),
    ).rejects.toThrow(/DNSMOS_MODEL_PATH=.*no such file/);
  });

  it("wraps a capability in fault injection when configured", async () => {
    const providers = await createProviders(
      { STORAGE_DIR: storageDir, SHOWRUNNER_PROVIDER_FAULTS: "speech:429=1" },
      db,
    );
    await expect(
      providers.speech.synthesize({ text: "Hello there.", voice: { localVoice: "slt" } }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect((await providers.speech.health()).ok).toBe(true);
  });

  it("reports, at start, the projection targets with no price instead of projecting $0", async () => {
    await db.price.createMany({ data: [...DEFAULT_PRICES] });
    const unpricedProjections = async (env: Record<string, string>) => {
      const providers = await createProviders({ STORAGE_DIR: storageDir, ...env }, db);
      return findUnpricedProjections(db, listProjectionTargets(providers.hostedEquivalents));
    };
    expect(await unpricedProjections({})).toEqual([]);
    // An OpenAI-compatible server's model name is not Anthropic's: the projection keeps to Anthropic's priced defaults.
    expect(
      await unpricedProjections({
        LLM_PROVIDER: "openai-compatible",
        LLM_BASE_URL: "http://127.0.0.1:11434/v1",
        LLM_MODEL: "llama3.1:8b",
      }),
    ).toEqual([]);
    // Offline, LLM_MODEL chooses the Anthropic model projected at: one left set from a local server names no price.
    expect(await unpricedProjections({ LLM_MODEL: "llama3.1:8b" })).toEqual([
      "The projection of offline writing (LLM_MODEL, LLM_ECONOMY_MODEL, LLM_MODEL_<STAGE>) has no price in the price table " +
        "(anthropic llama3.1:8b per input_token, anthropic llama3.1:8b per output_token): add one in Admin → Prices or choose a priced model; " +
        "until then offline usage is projected at the documented default model's price",
    ]);
  });
});
