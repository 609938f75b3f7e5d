import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guard";
import { roleSchema } from "@/lib/domain/roles";
import { DomainError } from "@/lib/domain/errors";

/**
 * Every server action is built on this client: each must declare the least role it needs (metadata), and the
 * middleware checks the session and that role on the server before the action runs.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ role: roleSchema }),
  handleServerError(error) {
    if (error instanceof DomainError) return error.message;
    console.error(error);
    return "Something went wrong on our side. Try again; if it persists, tell an admin.";
  },
}).use(async ({ next, metadata }) => {
  const user = await requireUser(metadata.role);
  return next({ ctx: { user } });
});
