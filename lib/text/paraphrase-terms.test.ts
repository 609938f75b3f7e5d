import { describe, expect, it } from "vitest";
import { sharedCount } from "@/lib/text/content-words";
import { termsOf } from "./paraphrase-terms";

const shared = (a: string, b: string) => sharedCount(termsOf(a), termsOf(b));

describe("termsOf", () => {
  it("puts a script's words and its source's in one family", () => {
    expect(shared("remembered more word pairs", "recalled more pairs")).toBe(2);
    expect(shared("laying down new memories", "forming new memories")).toBe(3);
    expect(shared("groggy for half an hour", "the grogginess of deep sleep")).toBe(1);
    expect(shared("teens' internal clocks", "teenagers' body clocks")).toBe(2);
  });

  it("leaves out hedges and particles, which say nothing of the subject", () => {
    expect([...termsOf("roughly forty percent, honestly")]).toEqual([]);
    expect([...termsOf("kept up")]).toEqual(["keep"]);
  });

  it("keeps words of different meaning apart", () => {
    expect(shared("heart disease", "diabetes")).toBe(0);
    expect(shared("older adults", "young students")).toBe(0);
  });
});
