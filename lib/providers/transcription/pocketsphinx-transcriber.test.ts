import { describe, expect, it } from "vitest";
import { findExecutable } from "@/lib/providers/process/find-executable";
import { createFestivalSynthesizer } from "@/lib/providers/speech/festival-synthesizer";
import { createFliteSynthesizer } from "@/lib/providers/speech/flite-synthesizer";
import { wordErrorRate } from "@/lib/text/wer";
import { createPocketsphinxTranscriber } from "./pocketsphinx-transcriber";

const SCRIPT = [
  "Welcome back to the show.",
  "Today we talk about how radio shaped the modern podcast.",
  "In the nineteen twenties families gathered around a single receiver.",
  "Stories, music and news arrived in the living room for the first time.",
  "Podcasts brought that intimacy back, but now the listener chooses when.",
  "Stay with us after the break for a conversation with two producers.",
].join(" ");

const OTHER_SCRIPT = [
  "Glaciers in the northern mountains are melting faster than expected.",
  "Scientists measured the ice with satellites and small aircraft.",
  "The data suggest that summer temperatures matter more than snowfall.",
].join(" ");

const recognizer = createPocketsphinxTranscriber();
const ready = (await recognizer.health()).ok;
const speech = (await createFestivalSynthesizer().health()).ok
  ? createFestivalSynthesizer()
  : (await findExecutable("flite"))
    ? createFliteSynthesizer()
    : null;

describe.runIf(ready && speech)("pocketsphinx, biased to the episode's script", () => {
  it("hears the right script almost perfectly and a wrong one as a jumble", async () => {
    const { audio } = await speech!.synthesize({ text: SCRIPT, voice: { localVoice: "slt" } });

    const right = await recognizer.transcribe({ audio, expectedText: SCRIPT });
    expect(right.durationSeconds).toBeGreaterThan(15);
    expect(wordErrorRate(SCRIPT, right.text).wer).toBeLessThan(0.15);
    expect(right.words![0]).toMatchObject({ word: "welcome", start: expect.any(Number), end: expect.any(Number) });
    expect(right.usage).toEqual([
      { provider: "pocketsphinx", model: "en-us", unit: "minute", quantity: right.durationSeconds / 60 },
    ]);

    const wrong = await recognizer.transcribe({ audio, expectedText: OTHER_SCRIPT });
    expect(wordErrorRate(OTHER_SCRIPT, wrong.text).wer).toBeGreaterThan(0.5);
  }, 30_000);
});
