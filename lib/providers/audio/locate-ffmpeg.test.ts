import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFfmpegBinary, locateFfmpeg } from "./locate-ffmpeg";
import { runCommand } from "@/lib/providers/process/run-command";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "locate-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("locateFfmpeg", () => {
  it("prefers FFMPEG_PATH and rejects one that is not executable", async () => {
    const fake = path.join(dir, "my-ffmpeg");
    await writeFile(fake, "#!/bin/sh\n");
    await expect(locateFfmpeg({ env: { FFMPEG_PATH: fake } })).rejects.toThrow(/not an executable/);
    await chmod(fake, 0o755);
    expect(await locateFfmpeg({ env: { FFMPEG_PATH: fake } })).toEqual({ path: fake, source: "env" });
  });

  it("takes ffmpeg from PATH next", async () => {
    const bin = path.join(dir, "bin");
    await mkdir(bin, { recursive: true });
    await writeFile(path.join(bin, "ffmpeg"), "#!/bin/sh\n", { mode: 0o755 });
    expect(await locateFfmpeg({ env: {}, searchPath: bin })).toEqual({
      path: path.join(bin, "ffmpeg"),
      source: "system",
    });
  });

  it("makes the npm-shipped binary executable when npm skipped its chmod", async () => {
    const shipped = bundledFfmpegBinary();
    expect(shipped).not.toBeNull();
    // A copy without the exec bit stands in for an install whose postinstall did not run.
    const copy = path.join(dir, "pkg", "ffmpeg");
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(shipped!, copy);
    await chmod(copy, 0o644);

    const found = await locateFfmpeg({
      env: {},
      searchPath: "",
      bundledBinary: copy,
      cacheDir: path.join(dir, "cache"),
    });
    expect(found.source).toBe("bundled");
    const { stderr, stdout } = await runCommand(found.path, ["-hide_banner", "-filters"]);
    const filters = stdout.toString() + stderr;
    for (const filter of ["ebur128", "loudnorm", "alimiter", "astats", "silencedetect"])
      expect(filters).toContain(filter);
  });

  it("says what to do when there is no ffmpeg at all", async () => {
    await expect(locateFfmpeg({ env: {}, searchPath: "", bundledBinary: null })).rejects.toThrow(/FFMPEG_PATH/);
  });
});
