import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALIBRATION_TOPIC } from "@/lib/quality/assessment/calibration/brief";
import { calibrationScriptFile } from "@/lib/quality/assessment/calibration/script-file";
import { CALIBRATION_SCRIPTS } from "@/lib/quality/assessment/calibration/scripts";
import { DEMO_HOSTS } from "@/lib/seed/demo-show";
import { runAssess } from "./run-assess";

// No database: the demo show's profile, as a new user without the studio running would get.
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined };
const hosts = [DEMO_HOSTS[0]!.name, DEMO_HOSTS[1]!.name] as const;
let dir = "";
const fileOf = (key: string) => path.join(dir, `${key}.txt`);

interface AssessJson {
  overall: number;
  dimensions: { key: string; score: number; weight: number }[];
  leftOut: { key: string }[];
  brand: { overall: number; dimensions: unknown[]; violations: unknown[] };
  facts: { facts: { verdict: string }[]; counts: Record<string, number> };
  spokenMinutes: number;
  plannedMinutes: number;
  keyPoints: string[];
}

async function assessJson(key: string, ...extra: string[]): Promise<AssessJson> {
  const result = await runAssess(["--script", fileOf(key), "--topic", CALIBRATION_TOPIC, "--json", ...extra], env);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as AssessJson;
}

const scoreOf = (a: AssessJson, key: string) => a.dimensions.find((d) => d.key === key)!.score;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "assess-"));
  for (const s of CALIBRATION_SCRIPTS) writeFileSync(fileOf(s.key), calibrationScriptFile(s, hosts));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run assess on the calibration scripts", () => {
  it("ranks them as the calibration does: natural first, and clearly above each bad one where it is at fault", async () => {
    const results = new Map<string, AssessJson>();
    for (const s of CALIBRATION_SCRIPTS) results.set(s.key, await assessJson(s.key));
    console.table(
      CALIBRATION_SCRIPTS.map((s) => {
        const a = results.get(s.key)!;
        return {
          script: s.key,
          overall: a.overall,
          ...Object.fromEntries(a.dimensions.map((d) => [d.key, d.score])),
          brand: a.brand.overall,
          ...a.facts.counts,
        };
      }),
    );
    const natural = results.get("natural")!;
    const ranked = [...results.entries()].sort((a, b) => b[1].overall - a[1].overall).map(([k]) => k);
    expect(ranked[0]).toBe("natural");
    for (const s of CALIBRATION_SCRIPTS.filter((c) => c.fault !== "none")) {
      const bad = results.get(s.key)!;
      // Every bad one has a fault a listener hears in its content.
      expect(scoreOf(natural, "content-engagement") - scoreOf(bad, "content-engagement")).toBeGreaterThanOrEqual(1.5);
    }
    // Brand hears template talk and read-aloud sources as off the show's voice.
    for (const key of ["template-meta", "verbatim"])
      expect(natural.brand.overall - results.get(key)!.brand.overall).toBeGreaterThanOrEqual(1);
    // Fluent but wrong is caught by the fact check: what it says contradicts or is missing from the sources.
    const wrong = results.get("fluent-wrong")!;
    expect(wrong.facts.counts.CONTRADICTED! + wrong.facts.counts.UNSUPPORTED!).toBeGreaterThan(
      wrong.facts.counts.SUPPORTED!,
    );
    expect(scoreOf(natural, "research-accuracy") - scoreOf(wrong, "research-accuracy")).toBeGreaterThanOrEqual(1.5);
  });

  it("prints valid JSON with the four script dimensions, the two left out, and the overall renormalised over them", async () => {
    const a = await assessJson("natural");
    expect(a.dimensions.map((d) => d.key)).toEqual([
      "research-accuracy",
      "content-engagement",
      "brand-consistency",
      "speech-readiness",
    ]);
    expect(a.leftOut.map((d) => d.key)).toEqual(["audio-technical", "cost-compliance"]);
    const weight = a.dimensions.reduce((n, d) => n + d.weight, 0);
    const mean = a.dimensions.reduce((n, d) => n + d.weight * d.score, 0) / weight;
    expect(a.overall).toBeCloseTo(mean, 1);
    expect(a.brand.dimensions).toHaveLength(5);
    expect(a.facts.facts.length).toBeGreaterThan(5);
    expect(a.keyPoints.length).toBeGreaterThan(3);
    // --minutes defaults to the script's own length; a plan three times longer costs the content its fit.
    expect(a.plannedMinutes).toBe(a.spokenMinutes);
    const long = await assessJson("natural", "--minutes", String(Math.ceil(a.spokenMinutes * 3)));
    expect(scoreOf(long, "content-engagement")).toBeLessThan(scoreOf(a, "content-engagement"));
  });

  it("prints the dimensions, the brand violations and each checked statement as text", async () => {
    const result = await runAssess(["--script", fileOf("natural")], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Quality \(script only\): overall \d+\.\d$/m);
    expect(result.stdout).toMatch(/^ {2}Content & engagement +\d+\.\d +threshold 7\.0 +(pass|FAIL)$/m);
    expect(result.stdout).toMatch(/Audio technical +- +left out/);
    expect(result.stdout).toContain('missing required phrase "Welcome to Signal and Noise"');
    expect(result.stdout).toMatch(/^ {2}line \d+ (SUPPORTED|UNSUPPORTED|CONTRADICTED) +\S/m);
    expect(result.stdout).toContain("from the demo profile (no DATABASE_URL)");
  });

  it("refuses a script whose speakers are not the show's hosts, naming the lines", async () => {
    writeFileSync(fileOf("strangers"), "## Opening\nMaya Chen: Hello.\nAda: Hi.\nstage directions\n");
    const result = await runAssess(["--script", fileOf("strangers")], env);
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`line 3: "Ada" is not one of the show's hosts (Maya Chen, Theo Marsh)`);
    expect(result.stderr).toContain("line 4: not a `## Title` or a `Speaker Name: text` line");
  });

  it("refuses bad arguments with the usage", async () => {
    for (const argv of [[], ["--script", fileOf("natural"), "--minutes", "ten"], ["--script", "x", "--bogus"]]) {
      const result = await runAssess(argv, env);
      expect(result.code).toBe(64);
      expect(result.stderr).toContain("Usage: npm run assess");
    }
    const otherShow = await runAssess(["--script", fileOf("natural"), "--show", "another-show"], env);
    expect(otherShow.code).toBe(64);
    expect(otherShow.stderr).toContain("without DATABASE_URL only the demo show's profile");
  });

  it("runs as a command: exit 0 and JSON on stdout", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/assess.ts", "--script", fileOf("verbatim"), "--json"],
      { env, cwd: process.cwd() },
    );
    expect((JSON.parse(stdout) as AssessJson).dimensions).toHaveLength(4);
  });
});
