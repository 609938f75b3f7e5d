import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { signInAddressLocks } from "@/lib/auth/sign-in-limiter";

/** The addresses locked out of signing in to any account, with until when (accounts' own locks are on GET /api/admin/users). */
export const GET = withRoute("ADMIN", async () => NextResponse.json({ addresses: await signInAddressLocks(db) }));
