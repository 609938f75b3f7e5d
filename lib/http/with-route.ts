import type { NextRequest } from "next/server";
import { requireUser, type SessionUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/domain/roles";
import { errorResponse } from "@/lib/http/error-response";

interface RouteContext<P> {
  req: NextRequest;
  user: SessionUser;
  params: P;
}

/**
 * Every route handler goes through this guard: it checks the session and the role on the server
 * (the proxy only redirects pages) and turns thrown errors into JSON responses.
 */
export function withRoute<P extends Record<string, string | string[]> = Record<string, never>>(
  role: Role,
  handler: (ctx: RouteContext<P>) => Promise<Response>,
) {
  return async (req: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requireUser(role);
      return await handler({ req, user, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
