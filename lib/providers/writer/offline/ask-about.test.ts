import { describe, expect, it } from "vitest";
import { questionAbout } from "./ask-about";

const TOPIC = { said: "sleep and memory", first: "sleep", last: "memory" };

describe("questionAbout", () => {
  it.each([
    ["After one night without sleep, people were 40 percent worse.", "What happens after one night without sleep?"],
    [
      "If sleep helps memory, losing sleep should hurt it, and the evidence suggests it does.",
      "So does losing sleep really hurt memory?",
    ],
    ["Most adults need seven to nine hours of sleep a night.", "So how much sleep is enough?"],
    ["The findings may not apply to older adults.", "Does it hold for older adults?"],
    ["The authors caution that only 48 students took part.", "Is there a catch?"],
    [
      "One of the first studies, in 1924, found people forgot fewer syllables.",
      "How far back does the work on sleep and memory go?",
    ],
    ["A short afternoon nap can also help.", "What about a short afternoon nap?"],
  ])("asks about %j what a listener would", (finding, question) => {
    expect(questionAbout([finding], TOPIC)).toBe(question);
  });

  it("prefers a shape in the source's wording to the subject of the host's", () => {
    const said = "Waking from deep sleep can leave you groggy. That's called sleep inertia, and it's the catch.";
    const written = "The drawback is sleep inertia: waking from deep sleep can leave people groggy.";
    expect(questionAbout([said, written], TOPIC)).toBe("Is there a downside to all that sleep?");
  });

  it("asks nothing about who found it, and nothing when no shape fits", () => {
    expect(
      questionAbout(["Researchers found the benefit was largest for pairs learned before sleep."], TOPIC),
    ).toBeNull();
    expect(questionAbout(["Sleep isn't a passive state for the brain."], TOPIC)).toBeNull();
    expect(questionAbout(["At least, that's the advice from several national health agencies."], TOPIC)).toBeNull();
  });
});
