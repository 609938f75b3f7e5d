import type { Usage } from "@/lib/domain/usage";
import { extractClaims } from "./offline/extract-claims";
import { judgeClaims } from "./offline/judge-claims";
import { planEpisode } from "./offline/plan-episode";
import { synthesize } from "./offline/synthesize";
import { writeScript } from "./offline/write-script";
import { reviseScript } from "./offline/revise-script";
import { requestFor } from "./prompts/task-prompts";
import { TASK_SCHEMAS } from "./task-schemas";
import type { ResearchWriter, WriterInput, WriterOutput, WriterTask } from "./types";

export const OFFLINE_MODEL = "offline-writer";

/** ~4 characters a token in English: close enough to project what a hosted model would have billed. */
const tokensOf = (text: string) => Math.ceil(text.length / 4);

const RUN: { [K in WriterTask]: (input: WriterInput<K>) => WriterOutput<K> } = {
  extractClaims,
  judgeClaims,
  synthesize,
  planEpisode,
  writeScript,
  reviseScript,
  // No model, no judge: the brand validator relies on its measurable rules, content on its measured parts.
  judgeBrand: () => null,
  judgeContent: () => null,
};

/**
 * Metered like a hosted call so the ledger can project hosted costs: input tokens are those of the prompt the hosted
 * writer would send for the same input, output tokens those of the answer's JSON. A task that does no work (the
 * brand and content judges) uses nothing.
 */
function usageOf<K extends WriterTask>(task: K, input: WriterInput<K>, output: WriterOutput<K>): Usage[] {
  if (output === null) return [];
  const request = requestFor(task, input);
  return [
    {
      provider: "offline",
      model: OFFLINE_MODEL,
      unit: "input_token",
      quantity: tokensOf(request.system + request.prompt),
    },
    { provider: "offline", model: OFFLINE_MODEL, unit: "output_token", quantity: tokensOf(JSON.stringify(output)) },
  ];
}

function run<K extends WriterTask>(task: K, raw: WriterInput<K>) {
  const input = TASK_SCHEMAS[task].input.parse(raw);
  const output = RUN[task](input);
  return { output, usage: usageOf(task, input, output) };
}

/**
 * The deterministic research and writing engine: extractive claims with exact quotes, rule-based claim checking,
 * template brief, plan and script. No model weights, no I/O, no randomness beyond a seed taken from the inputs.
 */
export function createOfflineWriter(): ResearchWriter {
  return {
    id: "offline",
    extractClaims: async (input) => run("extractClaims", input),
    judgeClaims: async (input) => run("judgeClaims", input),
    synthesize: async (input) => run("synthesize", input),
    planEpisode: async (input) => run("planEpisode", input),
    writeScript: async (input) => run("writeScript", input),
    reviseScript: async (input) => run("reviseScript", input),
    judgeBrand: async (input) => run("judgeBrand", input),
    judgeContent: async (input) => run("judgeContent", input),
    // The work is pure and takes milliseconds, so the estimate is the exact usage: doing it is the cheapest bound.
    estimate: (task, input) => run(task, input).usage,
    health: async () => ({ ok: true, detail: "Deterministic offline writer over the episode's sources (no model)" }),
  };
}
