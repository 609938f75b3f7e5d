import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";

// Unknown API paths: 401 to the signed-out like every other API route, then a JSON 404.
const notFound = withRoute<{ path: string[] }>("PRODUCER", async () =>
  NextResponse.json({ error: { code: "not_found", message: "No such API route." } }, { status: 404 }),
);
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
