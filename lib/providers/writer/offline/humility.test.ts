import { describe, expect, it } from "vitest";
import { withHumility } from "./humility";

describe("withHumility", () => {
  it("fits each kind of marker to the sentence's grammar", () => {
    const s = "The sample was small.";
    expect(withHumility(s, "the evidence suggests")).toBe("The evidence suggests that the sample was small.");
    expect(withHumility(s, "as far as we can tell")).toBe("As far as we can tell, the sample was small.");
    expect(withHumility(s, "I could be wrong")).toBe("I could be wrong, but the sample was small.");
    expect(withHumility(s, "the research is still early")).toBe("The research is still early. The sample was small.");
    expect(withHumility("Walker found a gain.", "as far as we can tell")).toBe(
      "As far as we can tell, Walker found a gain.",
    );
  });

  it("leaves an imperative that sets up a finding as it is: no marker can take it as its clause", () => {
    const s = "Take a classic word-pair study.";
    expect(withHumility(s, "the evidence suggests")).toBe(s);
    expect(withHumility(s, "as far as we can tell")).toBe(s);
    expect(withHumility(`${s} There, adults who slept recalled more pairs.`, "the evidence suggests")).toBe(
      "Take a classic word-pair study. The evidence suggests that there, adults who slept recalled more pairs.",
    );
  });
});
