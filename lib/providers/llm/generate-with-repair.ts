import { generateText, NoObjectGeneratedError, Output, type LanguageModel, type ModelMessage } from "ai";
import { z } from "zod";
import { parseAnswer } from "./parse-answer";

export interface RepairRequest<T> {
  model: LanguageModel;
  schema: z.ZodType<T>;
  system: string;
  prompt: string;
  maxOutputTokens: number;
  abortSignal: AbortSignal;
  /** Send the schema as `response_format` (LLM_STRUCTURED_OUTPUT, default on); off for a server that refuses it. */
  structuredOutput: boolean;
}

/** The answer failed its schema twice: the message says what was wrong, for the person choosing the model. */
export class InvalidModelAnswerError extends Error {
  constructor(
    readonly provider: string,
    readonly address: string,
    readonly model: string,
    problems: string,
  ) {
    super(
      `${provider} at ${address} (model ${model}) gave no valid answer, even when asked again with the errors: ${problems}. ` +
        "Choose a model that follows JSON instructions better (LLM_MODEL), or one the server can constrain to a JSON schema",
    );
    this.name = "InvalidModelAnswerError";
  }
}

/** Token counts of the calls a failed request had made: attached to its error (see spentTokensOf). */
export interface SpentTokens {
  inputTokens: number;
  outputTokens: number;
}
const spentTokens = new WeakMap<object, SpentTokens>();

/** What the failed generateWithRepair call that threw `error` had spent before it failed, if anything. */
export const spentTokensOf = (error: unknown): SpentTokens | undefined =>
  typeof error === "object" && error !== null ? spentTokens.get(error) : undefined;

// The problems quoted back to the model are cut to this length, so the second call's size has a bound.
const MAX_PROBLEMS_CHARS = 2_000;
const REPAIR_INSTRUCTION = (problems: string) =>
  `That answer is not valid: ${problems.slice(0, MAX_PROBLEMS_CHARS)}. Answer again with the corrected JSON object only.`;

/** The system prompt of a repairable call: the caller's, then the answer's JSON schema (for servers that ignore it). */
export function systemWithSchema(system: string, schema: z.ZodType): string {
  const jsonSchema = JSON.stringify(z.toJSONSchema(schema, { target: "draft-7", io: "input" }));
  return `${system}\n\nAnswer with one JSON object and nothing else. It must match this JSON schema:\n${jsonSchema}`;
}

/**
 * An upper bound of what generateWithRepair can spend, for the budget hold made before it: two calls, the second
 * sending the first's prompt again with its answer (at most `maxOutputTokens`) and the problems, each answering at
 * most `maxOutputTokens`. `tokensOf` counts a text's tokens generously; `overhead` is each call's framing.
 */
export function estimateRepairTokens(
  request: Pick<RepairRequest<unknown>, "schema" | "system" | "prompt" | "maxOutputTokens">,
  tokensOf: (text: string) => number,
  overhead: number,
): SpentTokens {
  const asked = tokensOf(systemWithSchema(request.system, request.schema) + request.prompt) + overhead;
  const repair = tokensOf(REPAIR_INSTRUCTION("x".repeat(MAX_PROBLEMS_CHARS)));
  return {
    inputTokens: asked + (asked + request.maxOutputTokens + repair),
    outputTokens: 2 * request.maxOutputTokens,
  };
}

interface Attempt<T> {
  object?: T;
  text: string;
  problems: string | null;
  inputTokens: number;
  outputTokens: number;
}

/**
 * One structured call to a server that may not enforce the schema (an OpenAI-compatible local server): the schema
 * goes as `response_format` (used where the server supports structured output) and in the system prompt (for
 * servers that ignore it). The answer is parsed and zod-validated (parse-answer.ts); an invalid one is asked again
 * once, in the same conversation, with the validation errors, and a second invalid answer fails with
 * `failure(problems)`. Token counts cover both calls; when the second call fails (an invalid answer, a timeout),
 * its error carries the tokens spent so far (spentTokensOf), since the server bills them all the same.
 */
export async function generateWithRepair<T>(request: RepairRequest<T>, failure: (problems: string) => Error) {
  const system = systemWithSchema(request.system, request.schema);

  async function attempt(messages: ModelMessage[]): Promise<Attempt<T>> {
    const answer = await generateText({
      model: request.model,
      system,
      messages,
      // Output.object sends the schema as response_format; its own parse is repeated below on the text.
      ...(request.structuredOutput ? { output: Output.object({ schema: request.schema }) } : {}),
      maxOutputTokens: request.maxOutputTokens,
      maxRetries: 0,
      abortSignal: request.abortSignal,
    }).catch((error: unknown) => {
      // The SDK's refusal of an invalid answer still carries the answer's text and usage.
      if (!NoObjectGeneratedError.isInstance(error)) throw error;
      return { text: error.text ?? "", usage: error.usage };
    });
    const parsed = parseAnswer(answer.text, request.schema);
    return {
      text: answer.text,
      ...(parsed.ok ? { object: parsed.value, problems: null } : { problems: parsed.problems }),
      inputTokens: answer.usage?.inputTokens ?? 0,
      outputTokens: answer.usage?.outputTokens ?? 0,
    };
  }

  const question: ModelMessage = { role: "user", content: request.prompt };
  const first = await attempt([question]);
  if (first.problems === null) return { object: first.object as T, ...tokens(first) };
  const second = await attempt([
    question,
    { role: "assistant", content: first.text },
    { role: "user", content: REPAIR_INSTRUCTION(first.problems) },
  ]).catch((error: unknown) => {
    if (typeof error === "object" && error !== null) spentTokens.set(error, tokens(first));
    throw error;
  });
  if (second.problems !== null) {
    const error = failure(second.problems);
    spentTokens.set(error, tokens(first, second));
    throw error;
  }
  return { object: second.object as T, ...tokens(first, second) };
}

const tokens = (...attempts: Attempt<unknown>[]) => ({
  inputTokens: attempts.reduce((sum, a) => sum + a.inputTokens, 0),
  outputTokens: attempts.reduce((sum, a) => sum + a.outputTokens, 0),
});
