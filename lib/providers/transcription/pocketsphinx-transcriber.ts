import { access, writeFile } from "node:fs/promises";
import path from "node:path";
import { findExecutable } from "@/lib/providers/process/find-executable";
import { runCommand } from "@/lib/providers/process/run-command";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import { buildLanguageModel, scriptSentences } from "./build-language-model";
import { convertAudio } from "./convert-audio";
import { dictionaryFor, loadPronunciations } from "./load-pronunciations";
import { parsePocketsphinxOutput } from "./parse-pocketsphinx-output";
import type { Transcriber } from "./types";

/** Debian `pocketsphinx-en-us`. */
const POCKETSPHINX_MODEL_DIR = "/usr/share/pocketsphinx/model/en-us";

/**
 * pocketsphinx (Debian `pocketsphinx`, `pocketsphinx-en-us`). With an expected script, decodes against a bigram
 * model and dictionary of that script alone (WER 0-10% on right audio, far above 50% on wrong audio); without one,
 * against the general English model, which reads synthetic speech poorly.
 */
export function createPocketsphinxTranscriber(modelDir = POCKETSPHINX_MODEL_DIR): Transcriber {
  const acousticModel = path.join(modelDir, "en-us");
  const generalDictionary = path.join(modelDir, "cmudict-en-us.dict");
  const generalModel = path.join(modelDir, "en-us.lm.bin");

  return {
    id: "pocketsphinx",
    available: true,
    estimate: (durationSeconds) => [
      { provider: "pocketsphinx", model: "en-us", unit: "minute", quantity: durationSeconds / 60 },
    ],

    async transcribe({ audio, expectedText }, { signal } = {}) {
      const binary = await findExecutable("pocketsphinx_continuous");
      if (!binary) throw new Error("pocketsphinx is not installed");
      return withTempDir("pocketsphinx", async (dir) => {
        const { file, durationSeconds } = await convertAudio(audio, dir, "speech.wav", [
          "-ar",
          "16000",
          "-ac",
          "1",
          "-c:a",
          "pcm_s16le",
        ]);
        let languageArgs = ["-lm", generalModel, "-dict", generalDictionary];
        if (expectedText?.trim()) {
          const pronunciations = await loadPronunciations(generalDictionary);
          const sentences = scriptSentences(expectedText, (w) => pronunciations.has(w));
          if (sentences.length > 0) {
            await writeFile(path.join(dir, "script.lm"), buildLanguageModel(sentences));
            await writeFile(path.join(dir, "script.dict"), dictionaryFor(sentences.flat(), pronunciations));
            languageArgs = ["-lm", path.join(dir, "script.lm"), "-dict", path.join(dir, "script.dict")];
          }
        }
        const { stdout } = await runCommand(
          binary,
          ["-infile", file, "-hmm", acousticModel, ...languageArgs, "-time", "yes", "-logfn", "/dev/null"],
          // Decoding runs at 0.05-0.5x real time; anything slower than 2x is stuck.
          { timeoutMs: Math.max(60_000, 2_000 * durationSeconds), signal },
        );
        const words = parsePocketsphinxOutput(stdout.toString());
        return {
          text: words.map((w) => w.word).join(" "),
          words,
          durationSeconds,
          usage: [{ provider: "pocketsphinx", model: "en-us", unit: "minute", quantity: durationSeconds / 60 }],
        };
      });
    },

    async health() {
      if (!(await findExecutable("pocketsphinx_continuous")))
        return { ok: false, detail: "pocketsphinx is not installed" };
      try {
        await Promise.all([acousticModel, generalDictionary, generalModel].map((f) => access(f)));
        return { ok: true, detail: `pocketsphinx with ${modelDir}` };
      } catch {
        return { ok: false, detail: `pocketsphinx model missing under ${modelDir} (install pocketsphinx-en-us)` };
      }
    },
  };
}
