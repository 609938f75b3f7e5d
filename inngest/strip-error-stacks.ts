import { Middleware } from "inngest";

/**
 * Outside development, the errors a step or function throws leave the worker as name and message only: the SDK puts
 * an error's stack (file paths of the server) in its reply to the engine, which keeps it in run records and failure
 * events. In development (NODE_ENV=development) stacks stay, for debugging.
 */
export function stripErrorStacks(env: Record<string, string | undefined> = process.env): Middleware.Class[] {
  return env.NODE_ENV === "development" ? [] : [StripErrorStacks];
}

class StripErrorStacks extends Middleware.BaseMiddleware {
  readonly id = "showrunner:strip-error-stacks";

  override async wrapStepHandler({ next }: Middleware.WrapStepHandlerArgs) {
    return next().catch(rethrowWithoutStack);
  }

  override async wrapFunctionHandler({ next }: Middleware.WrapFunctionHandlerArgs) {
    return next().catch(rethrowWithoutStack);
  }
}

function rethrowWithoutStack(error: unknown): never {
  let current: unknown = error;
  // The cause chain too, as far as the SDK serializes it.
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    try {
      Object.defineProperty(current, "stack", { value: "", configurable: true, writable: true });
    } catch {
      // a frozen error keeps its stack; nothing else to do
    }
    current = current.cause;
  }
  throw error;
}
