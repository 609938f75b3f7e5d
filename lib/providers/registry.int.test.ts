import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { RateLimitedError } from "./errors";
import { createProviders, describeProviders } from "./registry";

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
});
