import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { resetPassword } from "@/lib/users/reset-password";

/** Gives the user a new generated password, returned in this answer only (never stored or cached in clear). */
export const POST = withRoute<{ id: string }>("ADMIN", async ({ user, params }) => {
  const reset = await resetPassword(db, { userId: params.id }, user.id);
  return NextResponse.json(
    { user: { id: reset.id, email: reset.email }, password: reset.password },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
