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
