import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { pageQuerySchema } from "@/lib/http/page-query";
import { listUsers, USERS_PAGE, USERS_PAGE_MAX } from "@/lib/users/list-users";
import { createUser } from "@/lib/users/create-user";
import { createUserSchema } from "@/lib/auth/schemas";

/** People a page at a time (`?limit=`, at most 500; `?after=` the previous page's `nextAfter`). */
export const GET = withRoute("ADMIN", async ({ query }) =>
  NextResponse.json(await listUsers(db, query(pageQuerySchema(USERS_PAGE, USERS_PAGE_MAX)))),
);

export const POST = withRoute("ADMIN", async ({ json, user }) => {
  const input = createUserSchema.parse(await json());
  return NextResponse.json({ user: await createUser(db, input, user.id) }, { status: 201 });
});
