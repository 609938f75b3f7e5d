import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readWavFormat } from "./read-wav-format";
import { resolveLocalVoice, spokenText } from "./resolve-local-voice";
import { type LocalVoice } from "@/lib/domain/local-voices";
import { UnsupportedMarkupError, type SpeechSynthesizer } from "./types";

/**
 * Loaded by Node at run time, never bundled: the package is ESM that locates its .wasm beside itself, which a
 * bundler breaks, and Next cannot mark an ESM-only package external. Turbopack follows literal specifiers (even
 * through constants and require.resolve), so the name is built at run time and the import is ignored by it.
 */
const requireFromHere = createRequire(import.meta.url);
const resolvePackage = (name: string) => requireFromHere.resolve(name);
const espeakEntry = () => resolvePackage(["espeak", "ng"].join("-"));
const loadEspeak = (): Promise<typeof import("espeak-ng")> =>
  import(/* webpackIgnore: true */ pathToFileURL(espeakEntry()).href);

const VOICES: Record<LocalVoice, string> = {
  slt: "en-us+f3",
  kal: "en-us+m3",
  rms: "en-us+m1",
  awb: "en-gb-scotland+m2",
};

const usageOf = (text: string, voice: string) => [
  { provider: "espeak-ng", model: voice, unit: "character" as const, quantity: spokenText(text).length },
];

/**
 * espeak-ng compiled to WebAssembly (npm `espeak-ng`): the engine that works on any machine, with no Debian
 * packages. Robotic, but intelligible; takes SSML. Each call runs a fresh instance of the CLI (about 0.2 s to
 * start), so concurrent calls never share state.
 */
export function createEspeakWasmSynthesizer(): SpeechSynthesizer {
  return {
    id: "espeak-ng",
    markups: ["plain", "ssml"],
    // How each local voice is made (engine voice, pitch, rate): part of a stored take's key, so a change re-voices.
    settings: { voices: JSON.stringify(VOICES) },
    voices: () => Object.keys(VOICES),
    estimate: ({ text, voice }) =>
      usageOf(
        text,
        resolveLocalVoice("espeak-ng", voice.localVoice, VOICES, (name) => name),
      ),

    async synthesize({ text, voice, markup = "plain" }, { signal } = {}) {
      if (markup === "sable") throw new UnsupportedMarkupError("espeak-ng", markup);
      // The WASM engine runs to the end once started, in this thread: an aborted call is refused before it starts.
      signal?.throwIfAborted();
      const chosen = resolveLocalVoice("espeak-ng", voice.localVoice, VOICES, (name) => name);
      const { default: ESpeakNg } = await loadEspeak();
      const errors: string[] = [];
      const input = markup === "ssml" ? `<speak>${text}</speak>` : text;
      // The text goes in as a file: as an argument, text starting with "-" would be read as an option.
      const instance = await ESpeakNg({
        // Found beside the package's entry through node's resolver, so the .wasm is found even when a bundler has
        // moved this module; a literal path to the .wasm would make the bundler try to bundle it.
        locateFile: () => path.join(path.dirname(espeakEntry()), "espeak-ng.wasm"),
        arguments: [...(markup === "ssml" ? ["-m"] : []), "-v", chosen, "-w", "out.wav", "-f", "in.txt"],
        preRun: [(module) => module.FS.writeFile("in.txt", input)],
        print: () => {},
        printErr: (line) => errors.push(line),
      });
      let audio: Buffer;
      try {
        audio = Buffer.from(instance.FS.readFile("out.wav"));
      } catch {
        throw new Error(`espeak-ng produced no audio: ${errors.join(" ") || "no message"}`);
      }
      const usage = usageOf(text, chosen);
      return {
        audio,
        format: "wav",
        sampleRate: readWavFormat(audio).sampleRate,
        voice: chosen,
        characters: usage[0]!.quantity,
        usage,
      };
    },

    async health() {
      try {
        await loadEspeak();
        return { ok: true, detail: "espeak-ng WebAssembly build (npm)" };
      } catch (error) {
        return { ok: false, detail: `espeak-ng npm package unavailable: ${(error as Error).message}` };
      }
    },
  };
}
