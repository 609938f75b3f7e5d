import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { closedPort, startLocalProvider } from "@/test/local-provider-server";
import { ProvidersNotReadyError } from "@/lib/providers/check-providers-ready";
import { produceEpisode } from "./produce-episode";

// `npm run produce` checks the configured hosted providers before the episode exists, so nothing is spent on a
// language model when speech (or a price) is wrong. The language model is a local server speaking OpenAI's API.
describe("produceEpisode before it spends", () => {
  it(
    "refuses when speech cannot be reached, naming it, before the language model is asked anything",
    { timeout: 120_000 },
    async () => {
      const openAi = await startLocalProvider(
        () => (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[]}'),
      );
      const { db, url } = await freshDatabase();
      const speechAt = `http://127.0.0.1:${await closedPort()}`;
      const env = {
        ...process.env,
        DATABASE_URL: url,
        LLM_PROVIDER: "openai",
        OPENAI_API_KEY: "sk-test-key",
        OPENAI_BASE_URL: `${openAi.url}/v1`,
        SPEECH_PROVIDER: "elevenlabs",
        ELEVENLABS_API_KEY: "xi-test-key",
        ELEVENLABS_BASE_URL: speechAt,
        TRANSCRIPTION_PROVIDER: "none",
      };
      try {
        const attempt = produceEpisode({ topic: "How sleep helps memory", minutes: 1, env });
        await expect(attempt).rejects.toBeInstanceOf(ProvidersNotReadyError);
        await expect(attempt).rejects.toThrow(
          `The configured providers are not ready, so nothing was spent: Speech: ElevenLabs at ${speechAt} could not be reached: connection refused (ECONNREFUSED)`,
        );
        // Only the free health check reached the language model.
        expect(openAi.received.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/models"]);
        expect(await db.episode.count()).toBe(0);
        expect(await db.costEntry.count()).toBe(0);
      } finally {
        await db.$disconnect();
        await openAi.close();
      }
    },
  );

  it(
    "refuses an unpriced model by its variable, and takes the README's models at their default prices",
    { timeout: 120_000 },
    async () => {
      const openAi = await startLocalProvider(
        () => (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[]}'),
      );
      const { db, url } = await freshDatabase();
      const env = {
        ...process.env,
        DATABASE_URL: url,
        LLM_PROVIDER: "openai",
        OPENAI_API_KEY: "sk-test-key",
        OPENAI_BASE_URL: `${openAi.url}/v1`,
        TRANSCRIPTION_PROVIDER: "openai",
      };
      try {
        const unpriced = produceEpisode({
          topic: "How sleep helps memory",
          minutes: 1,
          env: { ...env, LLM_ECONOMY_MODEL: "gpt-unknown", OPENAI_TRANSCRIPTION_MODEL: "whisper-9" },
        });
        await expect(unpriced).rejects.toThrow(
          "The configured providers are not ready, so nothing was spent: " +
            "LLM_ECONOMY_MODEL=gpt-unknown has no price in the price table (openai gpt-unknown per input_token, openai gpt-unknown per output_token): add one in Admin → Prices or choose a priced model; " +
            "OPENAI_TRANSCRIPTION_MODEL=whisper-9 has no price in the price table (openai whisper-9 per minute): add one in Admin → Prices or choose a priced model",
        );
        expect(openAi.received).toEqual([]);
        expect(await db.episode.count()).toBe(0);

        // gpt-4o and whisper-1 (offered in the README) are priced by default: produce goes on to the health check,
        // which fails here on purpose (nothing listens), so still nothing is created.
        const down = `http://127.0.0.1:${await closedPort()}`;
        const priced = produceEpisode({
          topic: "How sleep helps memory",
          minutes: 1,
          env: { ...env, LLM_MODEL: "gpt-4o", OPENAI_TRANSCRIPTION_MODEL: "whisper-1", OPENAI_BASE_URL: `${down}/v1` },
        });
        await expect(priced).rejects.toThrow(
          `Research and writing: OpenAI at ${down} could not be reached: connection refused (ECONNREFUSED)`,
        );
        expect(await db.price.count({ where: { provider: "openai", model: { in: ["gpt-4o", "whisper-1"] } } })).toBe(3);
        expect(await db.episode.count()).toBe(0);
      } finally {
        await db.$disconnect();
        await openAi.close();
      }
    },
  );
});
