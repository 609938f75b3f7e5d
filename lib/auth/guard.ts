import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { hasRole, type Role } from "@/lib/domain/roles";
import { ForbiddenError, UnauthenticatedError } from "@/lib/domain/errors";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user as the database knows them now: a changed role or a disabled account takes effect on the
 * next request, whatever the session token says, and a session signed in before a password reset or a disable stays
 * refused. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionsValidFrom: true },
  });
  if (!user || user.disabledAt) return null;
  if (user.sessionsValidFrom && (session.user.signedInAt ?? 0) < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For server actions and route handlers: throws 401/403 domain errors. */
export async function requireUser(atLeast: Role = "PRODUCER"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  if (!hasRole(user.role, atLeast)) throw new ForbiddenError();
  return user;
}

/** For pages: redirects to sign-in, or renders the 403 page. */
export async function requirePageUser(atLeast: Role = "PRODUCER"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, atLeast)) forbidden();
  return user;
}
