import { describe, expect, it } from "vitest";
import type { Script } from "@/lib/domain/script";
import { parseScriptText } from "@/lib/domain/parse-script-text";
import { calibrationScriptFile } from "@/lib/quality/assessment/calibration/script-file";
import { CALIBRATION_SCRIPTS, type CalibrationScript } from "@/lib/quality/assessment/calibration/scripts";
import { DEMO_HOSTS, DEMO_SHOW } from "@/lib/seed/demo-show";
import { toStageShow } from "@/lib/shows/to-stage-show";
import { scoreBrand } from "./score-brand";

// The demo show's profile and the calibration scripts segmented as `npm run assess` reads them.
const show = toStageShow({ ...DEMO_SHOW, id: "demo", hosts: DEMO_HOSTS });
const hosts = [DEMO_HOSTS[0]!.name, DEMO_HOSTS[1]!.name] as const;

function scriptOf(s: CalibrationScript): Script {
  const parsed = parseScriptText(calibrationScriptFile(s, hosts), hosts);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.script;
}
const byKey = (key: string) => CALIBRATION_SCRIPTS.find((s) => s.key === key)!;
const brand = (s: CalibrationScript) => scoreBrand(scriptOf(s), show);
const dimension = (s: CalibrationScript, key: string) => brand(s).dimensions.find((d) => d.key === key)!;

describe("brand calibration: the six hand-written scripts against the demo show's profile", () => {
  const natural = byKey("natural");

  it("prints each script's brand dimensions and overall", () => {
    const table = CALIBRATION_SCRIPTS.map((s) => {
      const b = brand(s);
      return { script: s.key, overall: b.overall, ...Object.fromEntries(b.dimensions.map((d) => [d.key, d.score])) };
    });
    console.table(table);
    expect(table).toHaveLength(6);
  });

  it("passes the natural script on every dimension but vocabulary, which misses only the show's welcome", () => {
    const b = brand(natural);
    expect(b.overall).toBeGreaterThanOrEqual(8);
    for (const d of b.dimensions.filter((x) => x.key !== "vocabulary"))
      expect(d.score, d.key).toBeGreaterThanOrEqual(7);
    // It opens "Welcome back." where the show asks for "Welcome to Signal and Noise": a person hears the show's
    // signature opening missing, and nothing else in its words.
    expect(b.violations.filter((v) => v.dimension === "vocabulary").map((v) => v.text)).toEqual([
      'missing required phrase "Welcome to Signal and Noise"',
    ]);
    const welcomed = {
      ...natural,
      lines: [
        { ...natural.lines[0]!, text: `Welcome to Signal and Noise. ${natural.lines[0]!.text}` },
        ...natural.lines.slice(1),
      ],
    };
    const fixed = brand(welcomed);
    for (const d of fixed.dimensions) expect(d.score, d.key).toBeGreaterThanOrEqual(7);
    expect(fixed.overall).toBeGreaterThanOrEqual(9.3);
    expect(fixed.passed).toBe(true);
  });

  it.each(["template-meta", "verbatim"])("puts the natural script at least 1.0 above %s", (key) => {
    expect(brand(natural).overall - brand(byKey(key)).overall).toBeGreaterThanOrEqual(1);
  });

  it("hears template meta-talk and stock prompts in the tone, and the sources' long sentences in the audience", () => {
    expect(dimension(byKey("template-meta"), "tone").score).toBeLessThan(4);
    expect(dimension(byKey("verbatim"), "tone").score).toBeLessThan(7);
    expect(dimension(byKey("verbatim"), "audience").score).toBeLessThan(6);
    expect(dimension(natural, "tone").score).toBeGreaterThanOrEqual(9);
  });

  it("ranks the natural script first on brand", () => {
    const ranked = [...CALIBRATION_SCRIPTS].sort((a, b) => brand(b).overall - brand(a).overall);
    expect(ranked[0]!.key).toBe("natural");
  });
});
