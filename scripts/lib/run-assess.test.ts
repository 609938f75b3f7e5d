import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
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

  it("reads lone-CR line endings as lines: the same score as the LF file", async () => {
    const lf = await assessJson("natural");
    writeFileSync(fileOf("natural-cr"), readFileSync(fileOf("natural"), "utf8").replace(/\r?\n/g, "\r"));
    expect((await assessJson("natural-cr")).overall).toBe(lf.overall);
  });

  it("refuses UTF-16 and binary files as not UTF-8, before parsing a line", async () => {
    const text = "## Opening\nMaya Chen: Hello.\n";
    writeFileSync(fileOf("utf16"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    writeFileSync(fileOf("utf16-nobom"), Buffer.from(text, "utf16le"));
    writeFileSync(fileOf("latin1"), Buffer.from("## Opening\nMaya Chen: Caf\xe9.\n", "latin1"));
    writeFileSync(fileOf("binary"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const refusal = async (key: string) => {
      const result = await runAssess(["--script", fileOf(key)], env);
      expect(result.code).toBe(65);
      expect(result.stdout).toBe("");
      expect(result.stderr).not.toMatch(/line \d+:/);
      return result.stderr;
    };
    expect(await refusal("utf16")).toBe(
      `${fileOf("utf16")} is UTF-16 text, not UTF-8: save it as UTF-8 and try again.\n`,
    );
    expect(await refusal("utf16-nobom")).toMatch(/is not UTF-8 text \(NUL bytes: UTF-16 or a binary file\)/);
    expect(await refusal("latin1")).toMatch(/is not UTF-8 text \(a binary file, or another encoding\)/);
    expect(await refusal("binary")).toMatch(/is not UTF-8 text/);
    // A UTF-8 byte-order mark is fine.
    writeFileSync(fileOf("bom"), `\ufeff${readFileSync(fileOf("natural"), "utf8")}`);
    expect((await assessJson("bom")).overall).toBe((await assessJson("natural")).overall);
  });

  it("refuses a file too large by its size, without reading it", async () => {
    // A sparse 2 GB file: read whole it would take the memory; its size alone refuses it.
    const huge = fileOf("huge");
    writeFileSync(huge, "");
    truncateSync(huge, 2 * 1024 ** 3);
    const result = await runAssess(["--script", huge], env);
    expect(result.code).toBe(65);
    expect(result.stderr).toBe(
      `${huge}: the script is over 300000 characters (the file has ${2 * 1024 ** 3} bytes).\n`,
    );
    rmSync(huge);
  });

  it("lists the first 20 problems of a wrong file and counts the rest", async () => {
    writeFileSync(fileOf("junk"), "not a script line\n".repeat(5_000));
    const result = await runAssess(["--script", fileOf("junk")], env);
    expect(result.code).toBe(65);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`${fileOf("junk")} was refused (5000 problems):`);
    expect(lines.slice(1, 21).every((l, i) => l.startsWith(`  line ${i + 1}: not a`))).toBe(true);
    expect(lines.slice(21)).toEqual(["  … and 4980 more"]);
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
