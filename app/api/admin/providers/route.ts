import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { appProviders } from "@/lib/providers/app-providers";
import { describeProviders } from "@/lib/providers/registry";

export const GET = withRoute("ADMIN", async () =>
  NextResponse.json({ providers: await describeProviders(await appProviders(), process.env) }),
);
