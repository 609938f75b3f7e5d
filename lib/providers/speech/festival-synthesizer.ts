import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { findExecutable } from "@/lib/providers/process/find-executable";
import { runCommand } from "@/lib/providers/process/run-command";
import { readWavFormat } from "./read-wav-format";
import { resolveLocalVoice, spokenText } from "./resolve-local-voice";
import { type LocalVoice } from "@/lib/domain/local-voices";
import { UnsupportedMarkupError, type SpeechSynthesizer } from "./types";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";

interface FestivalVoice {
  voice: string;
  /** SABLE PITCH BASE / RATE SPEED percentages, to derive a distinct host from the one male voice Debian ships. */
  pitchPercent?: number;
  ratePercent?: number;
}

const VOICES: Record<LocalVoice, FestivalVoice> = {
  slt: { voice: "cmu_us_slt_arctic_hts" },
  kal: { voice: "kal_diphone" },
  rms: { voice: "kal_diphone", pitchPercent: -20, ratePercent: -10 },
  awb: { voice: "kal_diphone", pitchPercent: 15, ratePercent: 5 },
};

const REQUIRED = [...new Set(Object.values(VOICES).map((v) => v.voice))];
const TIMEOUT_MS = 5 * 60_000;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A SABLE document: the way to pick a voice in text2wave, since SABLE mode resets the voice to kal. */
function toSable(body: string, voice: FestivalVoice): string {
  let inner = body;
  if (voice.ratePercent) inner = `<RATE SPEED="${voice.ratePercent}%">${inner}</RATE>`;
  if (voice.pitchPercent) inner = `<PITCH BASE="${voice.pitchPercent}%">${inner}</PITCH>`;
  return (
    '<?xml version="1.0"?>\n<!DOCTYPE SABLE PUBLIC "-//SABLE//DTD SABLE speech mark up//EN" "Sable.v0_2.dtd" []>\n' +
    `<SABLE><SPEAKER NAME="${voice.voice}">${inner}</SPEAKER></SABLE>\n`
  );
}

/** Lists festival's installed voices by asking festival itself. */
async function listFestivalVoices(): Promise<string[]> {
  const festival = await findExecutable("festival");
  if (!festival) return [];
  const { stdout } = await runCommand(festival, ["--pipe"], { input: "(print (voice.list))\n", timeoutMs: 30_000 });
  return /\(([^()]*)\)/.exec(stdout.toString())?.[1]?.split(/\s+/).filter(Boolean) ?? [];
}

const usageOf = (text: string, voice: string) => [
  { provider: "festival", model: voice, unit: "character" as const, quantity: spokenText(text).length },
];

/** Festival (Debian `festival`, `festvox-us-slt-hts`, `festvox-kallpc16k`): the best offline voices, via text2wave. */
export function createFestivalSynthesizer(): SpeechSynthesizer {
  return {
    id: "festival",
    markups: ["plain", "sable"],
    // How each local voice is made (engine voice, pitch, rate): part of a stored take's key, so a change re-voices.
    settings: { voices: JSON.stringify(VOICES) },
    voices: () => Object.keys(VOICES),
    estimate: ({ text, voice }) =>
      usageOf(text, resolveLocalVoice("festival", voice.localVoice, VOICES, (name) => ({ voice: name })).voice),

    async synthesize({ text, voice, markup = "plain" }, { signal } = {}) {
      if (markup === "ssml") throw new UnsupportedMarkupError("festival", markup);
      const chosen = resolveLocalVoice("festival", voice.localVoice, VOICES, (name) => ({ voice: name }));
      const text2wave = await findExecutable("text2wave");
      if (!text2wave) throw new Error("festival is not installed (text2wave not on PATH)");
      const audio = await withTempDir("festival", async (dir) => {
        const input = path.join(dir, "in.sable");
        const output = path.join(dir, "out.wav");
        await writeFile(input, toSable(markup === "sable" ? text : escapeXml(text), chosen));
        await runCommand(text2wave, ["-mode", "sable", "-o", output, input], { timeoutMs: TIMEOUT_MS, signal });
        return readFile(output);
      });
      const usage = usageOf(text, chosen.voice);
      return {
        audio,
        format: "wav",
        sampleRate: readWavFormat(audio).sampleRate,
        voice: chosen.voice,
        characters: usage[0]!.quantity,
        usage,
      };
    },

    async health() {
      if (!(await findExecutable("text2wave"))) return { ok: false, detail: "festival is not installed" };
      const installed = await listFestivalVoices();
      const missing = REQUIRED.filter((v) => !installed.includes(v));
      if (missing.length) return { ok: false, detail: `festival lacks voices ${missing.join(", ")}` };
      return { ok: true, detail: `festival voices ${installed.join(", ")}` };
    },
  };
}
