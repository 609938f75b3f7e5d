import { describe, expect, it } from "vitest";
import { resolveLocalVoice, spokenText, UnknownVoiceError } from "./resolve-local-voice";

const table = { slt: "female-voice", kal: "male-voice" };
const direct = (name: string) => `direct:${name}`;

describe("resolveLocalVoice", () => {
  it("maps neutral names, case-insensitively", () => {
    expect(resolveLocalVoice("flite", "slt", table, direct)).toBe("female-voice");
    expect(resolveLocalVoice("flite", "KAL", table, direct)).toBe("male-voice");
  });

  it("passes the engine's own voice through when prefixed with the engine", () => {
    expect(resolveLocalVoice("espeak-ng", "espeak-ng:en-gb+f2", table, direct)).toBe("direct:en-gb+f2");
  });

  it("finds the neutral voice inside another engine's voice name", () => {
    expect(resolveLocalVoice("flite", "festival:cmu_us_slt_arctic_hts", table, direct)).toBe("female-voice");
  });

  it("names the known voices for an unknown one", () => {
    expect(() => resolveLocalVoice("flite", "zoe", table, direct)).toThrow(UnknownVoiceError);
    expect(() => resolveLocalVoice("flite", "zoe", table, direct)).toThrow(/slt, kal/);
  });
});

describe("spokenText", () => {
  it("drops tags and collapses whitespace", () => {
    expect(spokenText('Hello <break time="1s"/>  <EMPH>there</EMPH>.')).toBe("Hello there.");
  });

  it("counts an escaped character as the one character it is", () => {
    expect(spokenText("C D C &amp; N I H &lt;more&gt;")).toBe("C D C & N I H <more>");
  });
});
