import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/list-users";
import { createUser } from "@/lib/users/create-user";
import { createUserSchema } from "@/lib/auth/schemas";

export const GET = withRoute("ADMIN", async () => NextResponse.json({ users: await listUsers(db) }));

export const POST = withRoute("ADMIN", async ({ json, user }) => {
  const input = createUserSchema.parse(await json());
  return NextResponse.json({ user: await createUser(db, input, user.id) }, { status: 201 });
});
