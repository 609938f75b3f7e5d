import type { SessionUser } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import type { EpisodeStatus } from "@/lib/generated/prisma/enums";
import { createEpisode } from "@/lib/episodes/create-episode";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { freshDatabase } from "./db";
import { recordEvents } from "./record-events";
import { SOURCES } from "./pipeline-harness";

const asSessionUser = (u: { id: string; email: string; name: string; role: SessionUser["role"] }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
});

/** A database of its own with the demo workspace, one user per role and a second producer, for the use-case tests. */
export async function episodesWorkspace() {
  const { db } = await freshDatabase();
  await seedDemoWorkspace(db, { PRODUCER: "producer-password", EDITOR: "editor-password", ADMIN: "admin-password" });
  const byRole = async (role: SessionUser["role"]) =>
    asSessionUser(await db.user.findFirstOrThrow({ where: { role }, orderBy: { createdAt: "asc" } }));
  const otherProducer = asSessionUser(
    await db.user.create({ data: { email: "other.producer@example.com", name: "Other Producer", role: "PRODUCER" } }),
  );
  const show = await db.show.findFirstOrThrow({ include: { budgetPolicy: true } });
  return {
    db,
    show,
    users: {
      producer: await byRole("PRODUCER"),
      otherProducer,
      editor: await byRole("EDITOR"),
      admin: await byRole("ADMIN"),
    },
  };
}
export type EpisodesWorkspace = Awaited<ReturnType<typeof episodesWorkspace>>;

/** An episode created by `user` without waking any run, then put in `status` (as a run would have left it). */
export async function episodeIn(
  ws: { db: Db; show: { id: string } },
  user: SessionUser,
  status: EpisodeStatus,
  topic = "How sleep shapes memory",
) {
  const episode = await createEpisode(
    ws.db,
    recordEvents(),
    { showId: ws.show.id, topic, targetMinutes: 1, sources: SOURCES },
    user,
  );
  await ws.db.episode.update({
    where: { id: episode.id },
    data: { status, statusReason: status === "NEEDS_ATTENTION" ? "A stage failed." : null },
  });
  return episode;
}
