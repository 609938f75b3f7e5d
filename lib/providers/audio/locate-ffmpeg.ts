import { chmod, copyFile, mkdir, rename, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { dataDir } from "@/lib/data-dir";
import { findExecutable, isExecutable } from "@/lib/providers/process/find-executable";

export interface FfmpegLocation {
  path: string;
  source: "env" | "system" | "bundled";
}

export interface LocateFfmpegOptions {
  env?: Record<string, string | undefined>;
  /** PATH to search for a system ffmpeg. */
  searchPath?: string;
  /** The binary shipped in the npm package; null when the package is not installed. */
  bundledBinary?: string | null;
  /** Where a copy of the bundled binary goes when its exec bit is missing and cannot be set in place. */
  cacheDir?: string;
}

/** The ffmpeg inside `@ffmpeg-installer/<platform>-<arch>`, if that package is installed. */
export function bundledFfmpegBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve(`@ffmpeg-installer/${process.platform}-${process.arch}/package.json`);
    return path.join(path.dirname(manifest), process.platform === "win32" ? "ffmpeg.exe" : "ffmpeg");
  } catch {
    return null;
  }
}

/**
 * FFMPEG_PATH, else `ffmpeg` on PATH (Debian's is newer), else the npm-shipped static build. npm 11 skips that
 * package's chmod postinstall, so a bundled binary without its exec bit is made executable, or copied to the data
 * folder's `ffmpeg/` and made executable there when node_modules is read-only.
 */
export async function locateFfmpeg(options: LocateFfmpegOptions = {}): Promise<FfmpegLocation> {
  const { env = process.env, searchPath = env.PATH ?? "", cacheDir = path.join(dataDir(env), "ffmpeg") } = options;
  const configured = env.FFMPEG_PATH?.trim();
  if (configured) {
    if (!(await isExecutable(configured))) throw new Error(`FFMPEG_PATH=${configured} is not an executable file`);
    return { path: configured, source: "env" };
  }
  const system = await findExecutable("ffmpeg", searchPath);
  if (system) return { path: system, source: "system" };

  const bundled = options.bundledBinary === undefined ? bundledFfmpegBinary() : options.bundledBinary;
  if (bundled && (await exists(bundled))) return { path: await ensureExecutable(bundled, cacheDir), source: "bundled" };
  throw new Error("No ffmpeg found: set FFMPEG_PATH, install ffmpeg, or install @ffmpeg-installer/ffmpeg");
}

async function exists(file: string) {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function ensureExecutable(binary: string, cacheDir: string): Promise<string> {
  if (await isExecutable(binary)) return binary;
  try {
    await chmod(binary, 0o755);
    if (await isExecutable(binary)) return binary;
  } catch {
    // Not our file or a read-only install: fall through to a private copy.
  }
  const { size, mtimeMs } = await stat(binary);
  const copy = path.join(cacheDir, `ffmpeg-${size}-${Math.round(mtimeMs)}`);
  if (await isExecutable(copy)) return copy;
  await mkdir(cacheDir, { recursive: true });
  // Copy under a temporary name first so a concurrent caller never runs a half-written binary.
  const partial = `${copy}.${process.pid}.partial`;
  await copyFile(binary, partial);
  await chmod(partial, 0o755);
  await rename(partial, copy);
  return copy;
}

let located: Promise<FfmpegLocation> | undefined;

/** The process-wide ffmpeg, located once. */
export function ffmpegLocation(): Promise<FfmpegLocation> {
  located ??= locateFfmpeg().catch((error: unknown) => {
    located = undefined;
    throw error;
  });
  return located;
}
