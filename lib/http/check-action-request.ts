import { DomainError, UnauthenticatedError } from "@/lib/domain/errors";
import { SERVER_ACTION_BODY_LIMIT } from "@/lib/http/action-body-limit";
import { errorResponse } from "@/lib/http/error-response";
import { firstJsonByte, jsonShapeProblem } from "@/lib/http/json-shape";
import { readBodyBytes, refuseDeclaredOversize } from "@/lib/http/read-body";

/** Auth.js's session cookie (`__Secure-` over HTTPS; `.0`, `.1`… when split in chunks). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

function hasSessionCookie(req: Request): boolean {
  const cookies = req.headers.get("cookie") ?? "";
  return cookies.split(";").some((pair) => SESSION_COOKIE.test(pair.split("=")[0]!.trim()));
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/**
 * For a server action call (a POST with a `Next-Action` header), before Next decodes it: a 401 without a session
 * cookie (every action needs a user, and a stranger's body is never read), a 413 past the body limit, and a 400 when
 * the arguments cannot be the JSON array the studio's forms send; null when Next may go on. The body is scanned
 * first (lib/http/json-shape.ts), since parsing is what a hostile shape makes expensive; only a body whose depth and
 * size the scan bounded is parsed, so malformed arguments get a 400 here rather than a 500 from Next. The action itself
 * still checks the session and role (lib/actions/safe-action.ts); a forged cookie gets no further than that.
 */
export async function checkActionRequest(req: Request): Promise<Response | null> {
  try {
    if (!hasSessionCookie(req)) throw new UnauthenticatedError();
    refuseDeclaredOversize(req, SERVER_ACTION_BODY_LIMIT);
    const bytes = await readBodyBytes(req, SERVER_ACTION_BODY_LIMIT);
    if (req.headers.get("content-type")?.startsWith("multipart/form-data")) return null;
    if (firstJsonByte(bytes) !== 0x5b || jsonShapeProblem(bytes) || !isJson(bytes)) {
      throw new DomainError("The action's arguments are not valid.", 400, "invalid_action_arguments");
    }
    return null;
  } catch (error) {
    return errorResponse(error);
  }
}
