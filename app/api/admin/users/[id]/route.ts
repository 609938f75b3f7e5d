import { NextResponse } from "next/server";
import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { roleSchema } from "@/lib/domain/roles";
import { changeUserRole } from "@/lib/users/change-user-role";

const bodySchema = z.object({ role: roleSchema });

export const PATCH = withRoute<{ id: string }>("ADMIN", async ({ req, user, params }) => {
  const { role } = bodySchema.parse(await req.json());
  return NextResponse.json({ user: await changeUserRole(db, { userId: params.id, role }, user.id) });
});
