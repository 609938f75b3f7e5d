import { DomainError } from "@/lib/domain/errors";
import { CREATE_EPISODE_BODY_LIMIT } from "@/lib/episodes/schemas";
import { errorResponse } from "@/lib/http/error-response";
import { readBodyBytes } from "@/lib/http/read-body";

/**
 * The most bytes a server action may receive: the largest action is a new episode with its sources. next.config.mjs
 * sets `serverActions.bodySizeLimit` to the same 4 MB; checking here first matters because Next reports its own
 * limit, and arguments it cannot decode, as a 500.
 */
export const SERVER_ACTION_BODY_LIMIT = CREATE_EPISODE_BODY_LIMIT;

/**
 * For a server action call (a POST with a `Next-Action` header): a 413 past the body limit, or a 400 when the
 * arguments are not the JSON array the studio's forms send; null when Next may go on to decode and run it.
 */
export async function checkActionRequest(req: Request): Promise<Response | null> {
  try {
    const bytes = await readBodyBytes(req, SERVER_ACTION_BODY_LIMIT);
    if (req.headers.get("content-type")?.startsWith("multipart/form-data")) return null;
    let args: unknown;
    try {
      args = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      args = undefined;
    }
    if (!Array.isArray(args)) throw new DomainError("The action's arguments are not valid.", 400, "invalid_action_arguments");
    return null;
  } catch (error) {
    return errorResponse(error);
  }
}
