import { NextResponse } from "next/server";
import { z } from "zod";
import { listEpisodes } from "@/lib/episodes/list-episodes";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { createEpisode } from "@/lib/episodes/create-episode";
import { CREATE_EPISODE_BODY_LIMIT } from "@/lib/episodes/schemas";
import { dispatch } from "@/inngest/app-dispatch";

const listQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int("The limit is a whole number.")
    .min(1, "The limit is at least 1.")
    .max(100, "The limit is at most 100.")
    .default(50),
});

export const GET = withRoute("PRODUCER", async ({ query }) => {
  const { limit } = query(listQuerySchema);
  const { episodes } = await listEpisodes(db, {}, limit);
  return NextResponse.json({ episodes });
});

export const POST = withRoute(
  "PRODUCER",
  async ({ json, user }) => {
    const episode = await createEpisode(db, dispatch, await json(), user);
    return NextResponse.json({ episode }, { status: 201 });
  },
  { maxBodyBytes: CREATE_EPISODE_BODY_LIMIT },
);
