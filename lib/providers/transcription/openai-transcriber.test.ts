import { readFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import { createOpenAiTranscriber } from "./openai-transcriber";

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  form: FormData;
}

let received: Received[] = [];
let answer = (): { status: number; body: unknown } => ({
  status: 200,
  body: { text: "Hello there.", usage: { type: "duration", seconds: 3 } },
});
let baseUrl: string;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    // undici's Request parses multipart exactly as a server framework would.
    const form = await new Request("http://local", {
      method: "POST",
      headers: req.headers as HeadersInit,
      body: Buffer.concat(chunks),
    }).formData();
    received.push({ url: req.url!, headers: req.headers, form });
    const { status, body } = answer();
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("OpenAI transcription adapter", () => {
  it("uploads 16 kHz mono MP3 as multipart with the bearer key and bills the minutes", async () => {
    received = [];
    const wav = await withTempDir("stt-test", async (dir) =>
      readFile(await renderSignal(dir, "tone.wav", "sine=frequency=300:sample_rate=44100:duration=3", [], "pcm_s16le")),
    );
    const stt = createOpenAiTranscriber({ apiKey: "sk-test", baseUrl, model: "whisper-1" });
    const result = await stt.transcribe({ audio: wav, expectedText: "Not sent." });

    expect(received).toHaveLength(1);
    const [req] = received;
    expect(req!.url).toBe("/v1/audio/transcriptions");
    expect(req!.headers.authorization).toBe("Bearer sk-test");
    expect(req!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(req!.form.get("model")).toBe("whisper-1");
    expect(req!.form.get("response_format")).toBe("json");
    expect(req!.form.has("prompt")).toBe(false);
    const file = req!.form.get("file") as File;
    expect(file.name).toBe("speech.mp3");
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(bytes.length).toBeLessThan(20_000); // ~3 s at 32 kbps

    expect(result.text).toBe("Hello there.");
    expect(result.durationSeconds).toBeCloseTo(3, 0);
    expect(result.usage).toEqual([{ provider: "openai", model: "whisper-1", unit: "minute", quantity: 3 / 60 }]);
  });

  it("bills the measured duration when the model reports tokens", async () => {
    answer = () => ({
      status: 200,
      body: { text: "Hi.", usage: { type: "tokens", input_tokens: 40, output_tokens: 2 } },
    });
    const wav = await withTempDir("stt-test", async (dir) =>
      readFile(await renderSignal(dir, "tone.wav", "sine=frequency=300:sample_rate=16000:duration=6", [], "pcm_s16le")),
    );
    const result = await createOpenAiTranscriber({ apiKey: "k", baseUrl }).transcribe({ audio: wav });
    expect(result.usage[0]).toMatchObject({ model: "gpt-4o-mini-transcribe", unit: "minute" });
    expect(Number(result.usage[0]!.quantity)).toBeCloseTo(0.1, 2);
  });
});
