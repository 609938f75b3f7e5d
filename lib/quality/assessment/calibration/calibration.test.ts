import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assessCalibrationContent } from "./assess-calibration";
import { CALIBRATION_SCRIPTS, NATURAL, VERBATIM, type CalibrationScript } from "./scripts";

const dir = path.join(process.cwd(), "bench/sources");
const sources = readdirSync(dir)
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(path.join(dir, f), "utf8"));

const score = (s: CalibrationScript) => assessCalibrationContent(s, sources);
/** A part of the content dimension on the 0-10 scale the dimension is reported on. */
const part = (s: CalibrationScript, key: string) => 10 * (score(s).inputs[key] ?? 0);
const byKey = (key: string) => CALIBRATION_SCRIPTS.find((s) => s.key === key)!;

describe("content calibration: six scripts on the bench sources, written by hand", () => {
  const natural = byKey("natural");
  const bad = CALIBRATION_SCRIPTS.filter((s) => s.fault !== "none");

  it("prints each script's content parts and score", () => {
    const table = CALIBRATION_SCRIPTS.map((s) => {
      const { score: content, inputs } = score(s);
      return {
        script: s.key,
        content,
        ...Object.fromEntries(
          ["coverage", "density", "redundancy", "filler", "copying", "variety", "conversation"].map((k) => [
            k,
            inputs[k],
          ]),
        ),
      };
    });
    console.table(table);
    expect(table).toHaveLength(6);
  });

  it("passes the natural, accurate script on content", () => {
    expect(score(natural).score).toBeGreaterThanOrEqual(8.5);
  });

  it.each(bad.map((s) => [s.key, s] as const))(
    "puts the natural script at least 1.5 points above %s on content and on the part at fault",
    (_key, s) => {
      expect(score(natural).score - score(s).score).toBeGreaterThanOrEqual(1.5);
      expect(part(natural, s.fault) - part(s, s.fault)).toBeGreaterThanOrEqual(1.5);
      expect(score(s).score).toBeLessThan(7);
    },
  );

  it("covers the key points a listener hears in each script", () => {
    const spoken = (key: string) => score(byKey(key)).inputs.keyPointsSpoken;
    expect(spoken("natural")).toBe(10);
    // Consolidation, the 2007 study's 40 percent, seven to nine hours.
    expect(spoken("repetitive")).toBe(3);
    expect(spoken("template-meta")).toBe(0);
    expect(spoken("fluent-filler")).toBe(0);
    // A listener hears none; the measure takes "new experiences … in long waves … line up" (the wrong mechanism in
    // the source's words) for the hippocampus point: words cannot tell a wrong mechanism from a right one.
    expect(spoken("fluent-wrong")).toBeLessThanOrEqual(1);
  });

  it("ranks as a person would: natural first, fluent filler and template meta-talk last", () => {
    const ranked = [...CALIBRATION_SCRIPTS].sort((a, b) => score(b).score - score(a).score).map((s) => s.key);
    expect(ranked[0]).toBe("natural");
    expect(ranked.slice(-2).sort()).toEqual(["fluent-filler", "template-meta"]);
  });
});

describe("content measures that must fail", () => {
  it("scores a script with a line repeated in other words lower on redundancy", () => {
    const restated = {
      key: "restated",
      description: "",
      fault: "redundancy" as const,
      lines: [
        ...NATURAL.slice(0, 14),
        {
          speaker: "Ben",
          text: "So one sleepless night left people roughly 40 percent worse at forming new memories, in that 2007 imaging study.",
        },
        ...NATURAL.slice(14),
      ],
    };
    const clean = score({ ...restated, lines: NATURAL });
    expect(score(restated).inputs.nearDuplicates).toBe(clean.inputs.nearDuplicates! + 1);
    expect(score(restated).inputs.redundancy).toBeLessThan(clean.inputs.redundancy!);
  });

  it("scores a script that reads its sources verbatim lower on copying", () => {
    const readAloud = {
      key: "read-aloud",
      description: "",
      fault: "copying" as const,
      lines: NATURAL.map((l, i) => (i >= 2 && i < 8 && VERBATIM[i] ? { ...l, text: VERBATIM[i + 1]!.text } : l)),
    };
    const clean = score({ ...readAloud, lines: NATURAL });
    expect(score(readAloud).inputs.copiedLines).toBeGreaterThan(clean.inputs.copiedLines!);
    expect(score(readAloud).inputs.copying).toBeLessThan(clean.inputs.copying!);
  });

  it("scores the verbatim script salted with a filler every five words as copied as the plain one", () => {
    const verbatim = byKey("verbatim");
    const fillers = ["actually", "also", "really", "basically"];
    const salted = {
      ...verbatim,
      lines: verbatim.lines.map((l, i) => ({
        ...l,
        text: l.text
          .split(" ")
          .flatMap((w, k) => (k % 5 === 4 ? [w, fillers[(i + k) % fillers.length]!] : [w]))
          .join(" "),
      })),
    };
    expect(score(salted).inputs.copiedLines).toBe(score(verbatim).inputs.copiedLines);
    expect(score(salted).inputs.copying).toBe(0);
    expect(score(byKey("natural")).score - score(salted).score).toBeGreaterThanOrEqual(1.5);
  });

  it("passes an accurate script in its own words and puts it 1.5 above the salted verbatim one", () => {
    // The reviewer's good.txt (hosts renamed): the same findings, said in the hosts' words.
    const ownWords = {
      key: "own-words",
      description: "",
      fault: "none" as const,
      lines: `
Ada: Here's something I didn't expect: your brain does some of its best filing after you switch off the light.
Ben: Filing? I thought sleep was the brain's off switch.
Ada: Far from it. Overnight, what you picked up during the day gets played back and made sturdier. Scientists call that consolidation.
Ben: And when does the playback happen, in dreams?
Ada: Mostly not. The bulk of it seems to come in the deepest part of non-REM sleep, slow-wave sleep, which is only about a fifth of a young adult's night.
Ben: So a small slice of the night carries a lot of weight. What's actually firing?
Ada: The hippocampus, a short-term store for new experiences, sends them out again in rapid bursts called sharp-wave ripples, timed with sleep spindles.
Ben: How do we know those ripples matter and aren't just noise?
Ada: Rat experiments. Interrupt the ripples after a rat learns a maze, and it gets lost more the next time.
Ben: Rats aren't people, though. What happens with humans?
Ada: In word-pair tests, people who slept after studying remembered more pairs the next day than people who stayed up, sometimes a fifth more.
Ben: And the other direction? Pulling an all-nighter?
Ada: A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent worse at laying down new memories.
Ben: That's a steep price for one night. What about trimming an hour here and there?
Ada: Two weeks under six hours a night, and adults test about as poorly on attention as someone kept up for a night or two. The worrying part is they don't feel that impaired.
Ben: Can a nap rescue any of that?
Ada: A twenty-minute nap perks you up without the fog. An hour or more can reach deep sleep and, in a handful of small studies, helped people recall facts.
Ben: Though waking from deep sleep can leave you groggy for half an hour.
Ada: True. And honestly, many of these studies are small, often under fifty people, mostly university students, and they test the next morning, not months later.
Ben: So take the details with some salt. Let's pull it together.
Ada: Sleep seems to lock in what you learn, losing it hurts, and seven to nine hours a night is the target most health bodies set. Thanks for listening.
`
        .trim()
        .split("\n")
        .map((row) => ({ speaker: row.slice(0, row.indexOf(": ")), text: row.slice(row.indexOf(": ") + 2) })),
    };
    const verbatim = byKey("verbatim");
    const salted = {
      ...verbatim,
      lines: verbatim.lines.map((l) => ({ ...l, text: l.text.replace(/(\S+ \S+ \S+ \S+ \S+) /g, "$1 actually ") })),
    };
    expect(score(ownWords).inputs.keyPointsSpoken).toBeGreaterThanOrEqual(8);
    expect(score(ownWords).score).toBeGreaterThanOrEqual(8);
    expect(score(ownWords).score - score(salted).score).toBeGreaterThanOrEqual(1.5);
  });

  it("does not reward questions: stock questions added to filler leave it failing", () => {
    const filler = byKey("fluent-filler");
    const questions = {
      ...filler,
      lines: filler.lines.flatMap((l) => [
        l,
        { speaker: l.speaker === "Ada" ? "Ben" : "Ada", text: "Go on, what's next?" },
      ]),
    };
    expect(score(questions).score).toBeLessThan(5);
  });
});
