import {
  asSchema,
  generateText,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  Output,
  type LanguageModel,
  type ModelMessage,
} from "ai";
import type { z } from "zod";
import { describeInvalidAnswer } from "./describe-invalid-answer";

export interface RepairRequest<T> {
  model: LanguageModel;
  schema: z.ZodType<T>;
  system: string;
  prompt: string;
  maxOutputTokens: number;
  abortSignal: AbortSignal;
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
 * goes both as `response_format` (used where the server supports structured output) and in the system prompt
 * (for servers that ignore it). The answer is parsed and zod-validated; an invalid one is asked again once, with
 * the validation errors, and a second invalid answer fails with `failure(problems)`. Token counts cover both calls.
 */
export async function generateWithRepair<T>(request: RepairRequest<T>, failure: (problems: string) => Error) {
  const jsonSchema = JSON.stringify(await asSchema(request.schema).jsonSchema);
  const system = `${request.system}\n\nAnswer with one JSON object and nothing else. It must match this JSON schema:\n${jsonSchema}`;

  async function attempt(messages: ModelMessage[]): Promise<Attempt<T>> {
    let result: Awaited<ReturnType<typeof generateText>>;
    try {
      result = await generateText({
        model: request.model,
        system,
        messages,
        output: Output.object({ schema: request.schema }),
        maxOutputTokens: request.maxOutputTokens,
        maxRetries: 0,
        abortSignal: request.abortSignal,
      });
    } catch (error) {
      if (!NoObjectGeneratedError.isInstance(error)) throw error;
      const text = error.text ?? "";
      return {
        text,
        problems: describeInvalidAnswer(text, request.schema) ?? error.message,
        inputTokens: error.usage?.inputTokens ?? 0,
        outputTokens: error.usage?.outputTokens ?? 0,
      };
    }
    const counted = {
      text: result.text,
      inputTokens: result.usage.inputTokens ?? 0,
      outputTokens: result.usage.outputTokens ?? 0,
    };
    // No text at all (e.g. the output cap was reached while the model was still thinking) leaves no output.
    if (!NoOutputGeneratedError.isInstance(outputOf(result)))
      return { ...counted, object: result.output as T, problems: null };
    return { ...counted, problems: `the answer was empty (finish reason: ${result.finishReason})` };
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

/** The parsed output, or the error the SDK throws when there is none. */
function outputOf(result: { output: unknown }): unknown {
  try {
    return result.output;
  } catch (error) {
    return error;
  }
}
