import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readStudioState, writeStudioState } from "./studio-state";

let dir: string;
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.SHOWRUNNER_DATA_DIR;
  dir = mkdtempSync(path.join(tmpdir(), "studio-state-"));
  process.env.SHOWRUNNER_DATA_DIR = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.SHOWRUNNER_DATA_DIR;
  else process.env.SHOWRUNNER_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("studio.json", () => {
  it("reads back what was written, and is absent when there is none", () => {
    expect(readStudioState()).toBeUndefined();
    writeStudioState({ runId: "r1", pid: 42, postgresStartedAt: "2026-01-01 00:00:00+00" });
    expect(readStudioState()).toEqual({ runId: "r1", pid: 42, postgresStartedAt: "2026-01-01 00:00:00+00" });
  });

  it.each([
    ["cut short", '{"runId":"r1","pi'],
    ["not a state", '{"hello":1}'],
  ])("counts a file that is %s as absent, with a warning, and is overwritten by the next state", (_, text) => {
    writeFileSync(path.join(dir, "studio.json"), text);
    const warnings: string[] = [];
    expect(readStudioState((m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toEqual([
      `Ignoring ${path.join(dir, "studio.json")}: it is not a studio state (it will be replaced).`,
    ]);
    writeStudioState({ runId: "r2", pid: 7 });
    expect(JSON.parse(readFileSync(path.join(dir, "studio.json"), "utf8"))).toEqual({ runId: "r2", pid: 7 });
  });
});
