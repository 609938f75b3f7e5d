import { describe, expect, it } from "vitest";
import { inOrderShare } from "@/lib/text/in-order-share";
import { rewordSpoken } from "./reword-spoken";

// Source sentences of the shapes the writer turns around, each as `speakSentence` hands it over (spoken forms
// already applied, no closing stop). The turned sentence must keep what the source says and no longer read it out.
const CASES: [string, string, RegExp][] = [
  [
    "A 2019 study of 120 adults found a full night of sleep improved recall of new words by roughly 20 percent",
    "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent.",
    /people remembered roughly 20 percent more new words after a full night of sleep/,
  ],
  [
    "Longer naps that reach slow-wave sleep may help consolidate memories but can leave people groggy for a while",
    "Longer naps that reach slow-wave sleep may help consolidate memories but can leave people groggy for a while.",
    /^A nap long enough to reach slow-wave sleep may help .+, though you may wake up groggy$/,
  ],
  [
    "Short naps of twenty minutes can restore alertness without the grogginess of deep sleep",
    "Short naps of twenty minutes can restore alertness without the grogginess of deep sleep.",
    /^A twenty-minute nap can leave you more alert, and you skip the grogginess that comes with deep sleep$/,
  ],
  [
    "Slow-wave sleep appears to replay the day's experiences in the hippocampus",
    "Slow-wave sleep appears to replay the day's experiences in the hippocampus.",
    /^In the hippocampus, slow-wave sleep seems to play back the day's experiences$/,
  ],
  [
    "The researchers caution that the sample was small and mostly students",
    "The researchers caution that the sample was small and mostly students.",
    /^The group was small and mostly students, as the researchers themselves point out$/,
  ],
];

describe("rewordSpoken", () => {
  it.each(CASES)("says %j in the host's own order of words", (said, source, expected) => {
    const turned = rewordSpoken(said, source);
    expect(turned).toMatch(expected);
    expect(inOrderShare(said, source)).toBeGreaterThanOrEqual(0.6);
    expect(inOrderShare(turned, source)).toBeLessThan(0.6);
  });

  it("leaves a sentence of no known shape as it is", () => {
    const said = "Most nap studies test recall after a few hours, not months";
    expect(rewordSpoken(said, `${said}.`)).toBe(said);
  });
});

describe("rewordSpoken: a turn that would change what the sentence says is not taken", () => {
  it.each([
    "After the war, the bridge, which had been badly damaged, was rebuilt",
    "Among adults, naps improved recall, but among children they made no difference",
    "Symptoms can include fever and chills and, in rare cases, death",
    "Before 1920, the ball was softer, so home runs were rare",
  ])("%s", (said) => {
    expect(rewordSpoken(said, `${said}.`)).toBe(said);
  });
});
