import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { unlockAddress, unlockAddressSchema } from "@/lib/users/unlock-address";

/** `{ "address": "203.0.113.9" }` (or an IPv6 /64 as listed): forgets that address's failed sign-ins. */
export const POST = withRoute("ADMIN", async ({ json, user }) =>
  NextResponse.json(await unlockAddress(db, unlockAddressSchema.parse(await json()), user.id)),
);
