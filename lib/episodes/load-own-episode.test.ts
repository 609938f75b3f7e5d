import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { loadOwnEpisode } from "./load-own-episode";

const user = (id: string, role: SessionUser["role"]): SessionUser => ({
  id,
  role,
  email: `${id}@example.com`,
  name: id,
});
const episodes = { ep_mine: { id: "ep_mine", createdById: "producer_a", status: "RUNNING" } };
const tx = {
  episode: {
    findUnique: async ({ where }: { where: { id: string } }) => episodes[where.id as keyof typeof episodes] ?? null,
  },
} as unknown as Prisma.TransactionClient;

describe("loadOwnEpisode", () => {
  it("gives a producer the episodes they created", async () => {
    await expect(loadOwnEpisode(tx, "ep_mine", user("producer_a", "PRODUCER"))).resolves.toMatchObject({
      id: "ep_mine",
    });
  });

  it("refuses a producer another producer's episode, saying why", async () => {
    const refused = loadOwnEpisode(tx, "ep_mine", user("producer_b", "PRODUCER"));
    await expect(refused).rejects.toThrow(ForbiddenError);
    await expect(refused).rejects.toThrow("Producers can act only on episodes they created.");
  });

  it("gives editors and admins any episode", async () => {
    await expect(loadOwnEpisode(tx, "ep_mine", user("editor_a", "EDITOR"))).resolves.toMatchObject({ id: "ep_mine" });
    await expect(loadOwnEpisode(tx, "ep_mine", user("admin_a", "ADMIN"))).resolves.toMatchObject({ id: "ep_mine" });
  });

  it("says an unknown episode was not found, whoever asks", async () => {
    await expect(loadOwnEpisode(tx, "ep_other", user("admin_a", "ADMIN"))).rejects.toThrow(NotFoundError);
  });
});
