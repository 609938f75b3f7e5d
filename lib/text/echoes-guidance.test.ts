import { describe, expect, it } from "vitest";
import { echoesGuidance } from "./echoes-guidance";

const COMMENT =
  "Mention that the sample was small. Keep it under 3 minutes. Keep my edits to the cold open and wrap-up.";

describe("echoesGuidance", () => {
  it("flags a line that reads the comment out or says there was one", () => {
    expect(echoesGuidance("A note from our editor shaped this episode: Keep it under 3 minutes.", null)).toBe(true);
    expect(echoesGuidance("We'll keep my edits to the cold open, promise.", COMMENT)).toBe(true);
    expect(echoesGuidance("Our editor asked us to slow down.", "Slow down.")).toBe(true);
  });

  it("lets a host say what the comment asked to be said, and lines that share only a few words", () => {
    expect(echoesGuidance("One thing we want to be clear about: the sample was small.", COMMENT)).toBe(false);
    expect(echoesGuidance("Keep it simple: sleep helps memory.", COMMENT)).toBe(false);
    expect(echoesGuidance("Anything at all.", null)).toBe(false);
  });
});
