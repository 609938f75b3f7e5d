import { asSchema, generateText, NoObjectGeneratedError, Output, type LanguageModel, type ModelMessage } from "ai";
import type { z } from "zod";
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
 * `failure(problems)`. Token counts cover both calls.
 */
export async function generateWithRepair<T>(request: RepairRequest<T>, failure: (problems: string) => Error) {
  const jsonSchema = JSON.stringify(await asSchema(request.schema).jsonSchema);
  const system = `${request.system}\n\nAnswer with one JSON object and nothing else. It must match this JSON schema:\n${jsonSchema}`;

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
    {
      role: "user",
      content: `That answer is not valid: ${first.problems}. Answer again with the corrected JSON object only.`,
    },
  ]);
  if (second.problems !== null) throw failure(second.problems);
  return { object: second.object as T, ...tokens(first, second) };
}

const tokens = (...attempts: Attempt<unknown>[]) => ({
  inputTokens: attempts.reduce((sum, a) => sum + a.inputTokens, 0),
  outputTokens: attempts.reduce((sum, a) => sum + a.outputTokens, 0),
});
