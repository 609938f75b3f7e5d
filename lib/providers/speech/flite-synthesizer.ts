import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { findExecutable } from "@/lib/providers/process/find-executable";
import { runCommand } from "@/lib/providers/process/run-command";
import { readWavFormat } from "./read-wav-format";
import { resolveLocalVoice } from "./resolve-local-voice";
import { type LocalVoice } from "@/lib/domain/local-voices";
import { UnsupportedMarkupError, type SpeechSynthesizer } from "./types";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";

const VOICES: Record<LocalVoice, string> = { slt: "slt", kal: "kal16", rms: "rms", awb: "awb" };
const TIMEOUT_MS = 5 * 60_000;

/**
 * Flite (Debian `flite`). Plain text only: flite's -ssml mode hangs at 100% CPU, so pauses belong between
 * segments (the stitcher inserts them), never in markup.
 */
const usageOf = (text: string, voice: string) => [
  { provider: "flite", model: voice, unit: "character" as const, quantity: text.length },
];

export function createFliteSynthesizer(): SpeechSynthesizer {
  return {
    id: "flite",
    markups: ["plain"],
    // How each local voice is made (engine voice, pitch, rate): part of a stored take's key, so a change re-voices.
    settings: { voices: JSON.stringify(VOICES) },
    voices: () => Object.keys(VOICES),
    estimate: ({ text, voice }) =>
      usageOf(
        text,
        resolveLocalVoice("flite", voice.localVoice, VOICES, (name) => name),
      ),

    async synthesize({ text, voice, markup = "plain" }, { signal } = {}) {
      if (markup !== "plain") throw new UnsupportedMarkupError("flite", markup);
      const chosen = resolveLocalVoice("flite", voice.localVoice, VOICES, (name) => name);
      const flite = await findExecutable("flite");
      if (!flite) throw new Error("flite is not installed");
      const audio = await withTempDir("flite", async (dir) => {
        const input = path.join(dir, "in.txt");
        const output = path.join(dir, "out.wav");
        await writeFile(input, text);
        await runCommand(flite, ["-voice", chosen, "-f", input, "-o", output], { timeoutMs: TIMEOUT_MS, signal });
        return readFile(output);
      });
      return {
        audio,
        format: "wav",
        sampleRate: readWavFormat(audio).sampleRate,
        voice: chosen,
        characters: text.length,
        usage: usageOf(text, chosen),
      };
    },

    async health() {
      const flite = await findExecutable("flite");
      if (!flite) return { ok: false, detail: "flite is not installed" };
      const { stdout } = await runCommand(flite, ["-lv"], { timeoutMs: 10_000 });
      const installed = stdout.toString().replace(/^.*:/, "").split(/\s+/).filter(Boolean);
      const missing = Object.values(VOICES).filter((v) => !installed.includes(v));
      return missing.length
        ? { ok: false, detail: `flite lacks voices ${missing.join(", ")}` }
        : { ok: true, detail: `flite voices ${installed.join(", ")}` };
    },
  };
}
