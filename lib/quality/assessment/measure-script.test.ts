import { describe, expect, it } from "vitest";
import { measureScript } from "./measure-script";

describe("measureScript", () => {
  const script = [
    { speaker: "Ada", text: "First, why do bridges sing? Wind makes vortices." },
    { speaker: "Ada", text: "They shed at a steady rate." },
    { speaker: "Ben", text: "The NASA report says 40 percent of spans hum." },
    { speaker: "Ada", text: "They shed at a steady rate." },
    {
      speaker: "Ben",
      text: "This sentence keeps going on and on with far too many words for a listener to hold in their head at once while driving home tonight.",
    },
  ];
  const m = measureScript(script);

  it("counts turns, questions and speaker words", () => {
    expect(m.turns).toBe(4);
    expect(m.questions).toBe(1);
    expect(m.speakerWords).toEqual({ Ada: 20, Ben: 35 });
  });

  it("finds what the TTS optimiser left unnormalised", () => {
    expect(m.remainingDigits).toBe(1);
    expect(m.remainingAllCaps).toBe(1);
  });

  it("measures sentence lengths", () => {
    expect(m.sentences).toBe(6);
    expect(m.sentencesAtMost25Words).toBe(5);
    expect(m.averageWordsPerSentence).toBeCloseTo(55 / 6, 5);
  });
});
