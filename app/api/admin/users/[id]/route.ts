import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { refuseUnsafeText } from "@/lib/domain/bounded-input";
import { roleSchema } from "@/lib/domain/roles";
import { updateUser } from "@/lib/users/update-user";

const bodySchema = refuseUnsafeText(
  z
    .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
    .refine((b) => b.role !== undefined || b.disabled !== undefined, "Send a role, or disabled: true / false."),
);

/** Changes a user's role and/or disables (`disabled: true`) or re-enables them, all or nothing. */
export const PATCH = withRoute<{ id: string }>("ADMIN", async ({ json, user, params }) => {
  const { role, disabled } = bodySchema.parse(await json());
  return NextResponse.json({ user: await updateUser(db, { userId: params.id, role, disabled }, user.id) });
});
