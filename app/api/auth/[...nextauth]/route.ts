import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { errorResponse } from "@/lib/http/error-response";
import { withBoundedBody } from "@/lib/http/read-body";

// Sign-in forms and CSRF tokens are a few hundred bytes; Auth.js reads whatever it is given, so it gets a bounded copy.
const AUTH_BODY_LIMIT = 16 * 1024;

const bounded = (handler: (req: NextRequest) => Promise<Response>) => async (req: NextRequest) => {
  try {
    return await handler(await withBoundedBody(req, AUTH_BODY_LIMIT));
  } catch (error) {
    return errorResponse(error);
  }
};

export const GET = bounded(handlers.GET);
export const POST = bounded(handlers.POST);
