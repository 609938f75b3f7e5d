import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { refuseUnsafeText } from "@/lib/domain/bounded-input";
import { roleSchema } from "@/lib/domain/roles";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

const bodySchema = refuseUnsafeText(
  z
    .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
    .refine((b) => b.role !== undefined || b.disabled !== undefined, "Send a role, or disabled: true / false."),
);

/** Changes a user's role and/or disables (`disabled: true`) or re-enables them. */
export const PATCH = withRoute<{ id: string }>("ADMIN", async ({ json, user, params }) => {
  const { role, disabled } = bodySchema.parse(await json());
  if (role !== undefined) await changeUserRole(db, { userId: params.id, role }, user.id);
  if (disabled !== undefined) await setUserDisabled(db, { userId: params.id, disabled }, user.id);
  const updated = await db.user.findUniqueOrThrow({ where: { id: params.id }, select: { id: true, role: true, disabledAt: true } });
  return NextResponse.json({ user: updated });
});
