import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { unlockAccount } from "@/lib/users/unlock-account";

/** Forgets the user's failed sign-ins, so a locked account can sign in again at once. */
export const POST = withRoute<{ id: string }>("ADMIN", async ({ user, params }) =>
  NextResponse.json({ user: await unlockAccount(db, { userId: params.id }, user.id) }),
);
