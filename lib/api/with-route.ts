import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/guard";
import { isId, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { DomainError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/roles";
import { errorResponse } from "@/lib/http/error-response";
import { DEFAULT_BODY_LIMIT, readJsonBody, refuseDeclaredOversize } from "@/lib/http/read-body";
import { refuseCrossSiteRequest, refuseUnexpectedBodyType, type BodyType } from "@/lib/http/refuse-cross-site-request";

interface RouteContext<P> {
  req: NextRequest;
  user: SessionUser;
  params: P;
  /** The body as JSON, read within the route's byte limit (413 past it); `optional`: an empty body is undefined. */
  json: (options?: { optional?: boolean }) => Promise<unknown>;
  /** The query string, parsed by `schema` (400 with field messages when it does not fit). */
  query: <S extends z.ZodType>(schema: S) => z.output<S>;
}

interface RouteOptions {
  /** The most bytes of body this route reads; DEFAULT_BODY_LIMIT unless given. */
  maxBodyBytes?: number;
  /** What a 413 says past that limit, when the default (naming the limit in bytes) would mislead. */
  tooLargeMessage?: string;
  /** What a body sent to this route must be (415 otherwise): JSON unless the route takes a file. */
  bodyType?: BodyType;
}

/**
 * What every route refuses before its handler runs: a state-changing request from another site (403), a body declared
 * larger than the route's limit (413), and a body of another type than the route's (415).
 */
function refuseUnwantedRequest(req: NextRequest, options: RouteOptions, maxBodyBytes: number): void {
  refuseCrossSiteRequest(req);
  refuseDeclaredOversize(req, maxBodyBytes, options.tooLargeMessage);
  refuseUnexpectedBodyType(req, options.bodyType);
}

/** Path parameters named `id` or `…Id` must look like an id; anything else names nothing (and never reaches SQL). */
function checkIds(params: Record<string, string | string[]>): void {
  for (const [name, value] of Object.entries(params)) {
    if ((name === "id" || name.endsWith("Id")) && (typeof value !== "string" || !isId(value))) {
      throw new DomainError("Nothing here has that id.", 404, "not_found");
    }
  }
}

/**
 * For the few public routes (no session): the same refusals as every other route, and errors as JSON. Such a route
 * reads no body, so refusing a declared oversize is all it needs (Next does not read a body nobody asks for).
 */
export function withPublicRoute<P extends Record<string, string | string[]> = Record<string, never>>(
  handler: (req: NextRequest, params: P) => Promise<Response>,
  options: RouteOptions = {},
) {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  return async (req: NextRequest, context?: { params: Promise<P> }): Promise<Response> => {
    try {
      refuseUnwantedRequest(req, options, maxBodyBytes);
      const params = ((await context?.params) ?? {}) as P;
      checkIds(params);
      return await handler(req, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Every route handler goes through this guard: it refuses a cross-site change, a body declared larger than the route's
 * limit or of another type, checks the session and the role on the server (the proxy only redirects pages), checks the
 * shape of ids in the path, and turns thrown errors into JSON responses.
 */
export function withRoute<P extends Record<string, string | string[]> = Record<string, never>>(
  role: Role,
  handler: (ctx: RouteContext<P>) => Promise<Response>,
  options: RouteOptions = {},
) {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  return async (req: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      refuseUnwantedRequest(req, options, maxBodyBytes);
      const user = await requireUser(role);
      // Routes without dynamic segments get no params at all.
      const params = ((await context.params) ?? {}) as P;
      checkIds(params);
      return await handler({
        req,
        user,
        params,
        json: (read) => readJsonBody(req, maxBodyBytes, options.tooLargeMessage, read?.optional),
        query: (schema) => refuseUnsafeText(schema).parse(Object.fromEntries(req.nextUrl.searchParams)),
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
