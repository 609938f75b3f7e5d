import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { refuseUnsafeText } from "@/lib/domain/bounded-input";
import { roleSchema } from "@/lib/domain/roles";
import { changeUserRole } from "@/lib/users/change-user-role";

const bodySchema = refuseUnsafeText(z.object({ role: roleSchema }));

export const PATCH = withRoute<{ id: string }>("ADMIN", async ({ json, user, params }) => {
  const { role } = bodySchema.parse(await json());
  return NextResponse.json({ user: await changeUserRole(db, { userId: params.id, role }, user.id) });
});
