import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { listCurrentPrices } from "@/lib/costs/list-prices";
import { setPrice } from "@/lib/costs/set-price";

export const GET = withRoute("ADMIN", async () => NextResponse.json({ prices: await listCurrentPrices(db) }));

export const POST = withRoute("ADMIN", async ({ json, user }) =>
  NextResponse.json({ price: await setPrice(db, await json(), user) }, { status: 201 }),
);
